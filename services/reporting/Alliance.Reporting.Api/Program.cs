using Alliance.Reporting.Api;
using Alliance.Reporting.Api.Apis;
using Alliance.Reporting.Api.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Input;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseInputChecks();
app.MapDefaultEndpoints();
app.MapApiDocuments(Extensions.PublicPrefix);
app.MapRosterApi();
app.MapYearsApi();
app.MapPhasesApi();
app.MapTargetsApi();
app.MapSummaryApi();
app.MapRoundReportApi();
app.MapVersionsApi();
app.MapAuditApi();
app.MapSummaryDocumentsApi();
app.MapReminderSettingsApi();
app.MapRemindersApi();
app.MapNotificationsApi();
app.MapProgrammeViews();

await app.MigrateDatabaseAsync<ReportingDbContext>();
await app.RunAsync();
