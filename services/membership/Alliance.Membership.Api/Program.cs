using Alliance.Membership.Api;
using Alliance.Membership.Api.Apis;
using Alliance.Membership.Api.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Input;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMembershipServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseInputChecks();
app.MapDefaultEndpoints();
app.MapApiDocuments(Extensions.PublicPrefix);
app.MapDomainsApi();
app.MapAlliancesApi();
app.MapFeeTiersApi();
app.MapMembersApi();
app.MapContractsApi();
app.MapMemberSummaryApi();
app.MapMemberSheetsApi();

await app.MigrateDatabaseAsync<MembershipDbContext>();
await app.RunAsync();
