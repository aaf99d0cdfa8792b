using Microsoft.Extensions.Http.Resilience;

namespace Alliance.Gateway.Web.Services;

/// <summary>
/// The HTTP client pages upload member sheets with. The default pipeline retries a request that
/// timed out after 10 s; an import is not idempotent (a retry of one that did commit would be
/// refused row by row as duplicates) and checking a large sheet may take longer, so this client
/// sends once and waits up to <see cref="Patience"/>.
/// </summary>
public static class SheetUploads
{
    public const string ClientName = "sheet-uploads";

    /// <summary>The largest sheet a page uploads; the membership service itself takes up to 20 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static IServiceCollection AddSheetUploads(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client => client.Timeout = Patience + TimeSpan.FromSeconds(10));
        // The standard handler added to every client reads its options under "<client>-standard".
        services.AddOptions<HttpStandardResilienceOptions>($"{ClientName}-standard").Configure(options =>
        {
            options.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
            options.AttemptTimeout.Timeout = Patience;
            options.TotalRequestTimeout.Timeout = Patience;
            options.CircuitBreaker.SamplingDuration = Patience * 2;
        });
        return services;
    }
}
