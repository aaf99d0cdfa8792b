using Alliance.Gateway.Auth;
using Alliance.Gateway.Consumers;
using Alliance.Gateway.Data;
using Alliance.Gateway.Health;
using Alliance.Gateway.Identity;
using Alliance.Gateway.Proxy;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using MassTransit;

namespace Alliance.Gateway;

internal static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.AddAllianceMessaging<GatewayDbContext>(ResourceNames.Gateway, consumers =>
        {
            consumers.AddRosterReplica<GatewayDbContext>();
            consumers.AddConsumer<FindAccountConsumer>();
            consumers.AddConsumer<ReviewerAssignedConsumer>();
            consumers.AddConsumer<ReviewerUnassignedConsumer>();
        });
        builder.AddGatewayRateLimits();
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        builder.Services.AddAntiforgery();
        builder.AddInternalTokenIssuer();
        builder.AddServiceProxy();
        ServicesHealthCheck.AddServicesHealthCheck(builder);
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
