using Alliance.Revenue.Api;
using Alliance.Revenue.Api.Apis;
using Alliance.Revenue.Api.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Input;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRevenueServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseInputChecks();
app.MapDefaultEndpoints();
app.MapApiDocuments(Extensions.PublicPrefix);
app.MapIncomeCategoriesApi();
app.MapSubsidiesApi();
app.MapIncomesApi();
app.MapRevenueSummaryApi();

await app.MigrateDatabaseAsync<RevenueDbContext>();
await app.RunAsync();
