using Alliance.Messaging.Writes;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Alliance.Messaging;

public static class DatabaseRegistration
{
    /// <summary>
    /// The service's own PostgreSQL database, from the AppHost's connection string, with a health
    /// check. Contexts are pooled: building one per request was a visible share of a small request's time.
    /// Every save raises the versions of the records it adds or changes (<see cref="Versions"/>).
    /// </summary>
    /// <param name="interceptors">the service's own, beside the version interceptor; shared by every pooled context</param>
    public static IHostApplicationBuilder AddServiceDatabase<TDb>(this IHostApplicationBuilder builder, string connectionName, params IInterceptor[] interceptors)
        where TDb : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing.");
        builder.Services.AddDbContextPool<TDb>(options => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors([VersionInterceptor.Instance, .. interceptors]));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDb>>(connectionName);
        return builder;
    }

    /// <summary>Applies the checked-in migrations (creating the database if needed) before the service takes traffic.</summary>
    public static async Task MigrateDatabaseAsync<TDb>(this WebApplication app) where TDb : DbContext
    {
        using var activity = MessagingTelemetry.Source.StartActivity($"migrate {typeof(TDb).Name}");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TDb>().Database.MigrateAsync();
    }
}

internal sealed class DatabaseHealthCheck<TDb>(TDb db) : IHealthCheck where TDb : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy();
}
