using Alliance.Gateway;
using Alliance.Gateway.Apis;
using Alliance.Gateway.Identity;
using Alliance.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapApiDocuments("/api/auth");
app.MapTokenApi();
app.MapMeApi();
app.MapPersonalTokensApi();
app.MapUsersApi();
app.MapRegistrationsApi();
app.MapAuditApi();
app.MapReverseProxy();

await app.SeedAccountsAsync();
await app.RunAsync();
