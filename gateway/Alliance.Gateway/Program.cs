using Alliance.Gateway;
using Alliance.Gateway.Apis;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Components;
using Alliance.Gateway.Identity;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Input;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();
builder.AddWebUi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseApiGuards();
app.UseWebUi();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.UseInputChecks();
app.MapDefaultEndpoints();
app.MapApiDocuments("/api/auth");
app.MapTokenApi();
app.MapMeApi();
app.MapPersonalTokensApi();
app.MapUsersApi();
app.MapRegistrationsApi();
app.MapAuditApi();
app.MapReverseProxy();
app.MapWebUi();

await app.SeedAccountsAsync();
await app.RunAsync();
