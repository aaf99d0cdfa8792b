using Alliance.SiteVisit.Api;
using Alliance.SiteVisit.Api.Apis;
using Alliance.SiteVisit.Api.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Input;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSiteVisitServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseInputChecks();
app.MapDefaultEndpoints();
app.MapApiDocuments(Extensions.PublicPrefix);
app.MapReviewPointsApi();
app.MapVisitsApi();
app.MapReviewersApi();
app.MapReviewFormsApi();
app.MapRankingsApi();
app.MapOutstandingApi();
app.MapCounsellingApi();
app.MapAbnormalApi();

await app.MigrateDatabaseAsync<SiteVisitDbContext>();
await app.RunAsync();
