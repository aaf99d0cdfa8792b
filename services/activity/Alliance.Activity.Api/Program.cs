using Alliance.Activity.Api;
using Alliance.Activity.Api.Apis;
using Alliance.Activity.Api.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Input;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddActivityServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseInputChecks();
app.MapDefaultEndpoints();
app.MapApiDocuments(Extensions.PublicPrefix);
app.MapKpisApi();
app.MapEventsApi();
app.MapConsultationsApi();
app.MapGuidanceApi();
app.MapOutcomesApi();
app.MapActivitySummaryApi();

await app.MigrateDatabaseAsync<ActivityDbContext>();
await app.RunAsync();
