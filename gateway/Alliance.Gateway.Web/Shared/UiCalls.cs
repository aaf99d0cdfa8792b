using Alliance.Gateway.Web.Text;
using Alliance.ServiceDefaults.Problems;
using Microsoft.Extensions.Logging;
using MudBlazor;
using Polly;

namespace Alliance.Gateway.Web.Shared;

/// <summary>
/// How a page calls a service: a refusal is shown in a snackbar and kept for the form. A service that does not answer
/// (down, too slow, its circuit open) is a refusal too: the page stays usable and says to try again, rather than its
/// connection ending on an unhandled exception.
/// </summary>
public sealed partial class UiCalls(ISnackbar snackbar, ILogger<UiCalls> logger)
{
    /// <summary>
    /// Runs a call to a back-end service (through its typed client) and shows a
    /// refusal in a snackbar; the outcome keeps the refusal's field errors for the form to show.
    /// </summary>
    public async Task<Outcome<T>> CallAsync<T>(Func<Task<T>> call, string? success = null)
    {
        try
        {
            var result = await call();
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }

            return new Outcome<T>(result, null);
        }
        catch (DomainException refusal)
        {
            return Refused<T>(refusal);
        }
        catch (Exception failure) when (failure is HttpRequestException or ExecutionRejectedException or TaskCanceledException { InnerException: TimeoutException })
        {
            LogNoAnswer(logger, failure);
            return Refused<T>(new DomainException(ErrorCode.Unavailable, new LocalizedText("服務沒有回應。", "The service did not answer.")));
        }
    }

    private Outcome<T> Refused<T>(DomainException refusal)
    {
        snackbar.Add($"{UiText.Refusal(refusal.Code)}: {refusal.MessageIn(System.Globalization.CultureInfo.CurrentUICulture)}", Severity.Error);
        return new Outcome<T>(default, refusal);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page's call to a service got no answer")]
    private static partial void LogNoAnswer(ILogger logger, Exception failure);
}

/// <summary>What a service call gave: its value, or the refusal (a stale version means: reload).</summary>
public sealed record Outcome<T>(T? Value, DomainException? Refusal)
{
    public bool Succeeded => Refusal is null;

    public bool Stale => Refusal?.Code == ErrorCode.StaleVersion;

    public IReadOnlyDictionary<string, string[]>? Errors => Refusal?.ErrorsIn(System.Globalization.CultureInfo.CurrentUICulture);
}
