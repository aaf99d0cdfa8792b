using Alliance.Gateway.Health;
using Alliance.Gateway.Proxy;

namespace Alliance.Gateway;

internal static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceProxy();
        ServicesHealthCheck.AddServicesHealthCheck(builder);
        return builder;
    }
}
