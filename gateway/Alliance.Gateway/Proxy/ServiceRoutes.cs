using Alliance.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace Alliance.Gateway.Proxy;

/// <summary>
/// One route and one cluster per service: <c>/api/&lt;prefix&gt;/…</c> is forwarded unchanged to
/// <c>http://&lt;resource&gt;</c>, resolved by service discovery.
/// </summary>
public static class ServiceRoutes
{
    public static IReadOnlyList<RouteConfig> Routes { get; } = ResourceNames.Services
        .Select(service => new RouteConfig
        {
            RouteId = service.Resource,
            ClusterId = service.Resource,
            Match = new RouteMatch { Path = $"{service.Prefix}/{{**rest}}" },
        })
        .ToArray();

    public static IReadOnlyList<ClusterConfig> Clusters { get; } = ResourceNames.Services
        .Select(service => new ClusterConfig
        {
            ClusterId = service.Resource,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service.Resource] = new() { Address = $"http://{service.Resource}" },
            },
        })
        .ToArray();

    public static IHostApplicationBuilder AddServiceProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromMemory(Routes, Clusters)
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(InternalTokenForwarding.Apply);
        return builder;
    }
}
