using Alliance.Gateway.Web.Text;
using Alliance.ServiceDefaults.Problems;
using MudBlazor;

namespace Alliance.Gateway.Web.Shared;

/// <summary>How a page calls a service: a refusal is shown in a snackbar and kept for the form.</summary>
public sealed class UiCalls(ISnackbar snackbar)
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
            snackbar.Add($"{UiText.Refusal(refusal.Code)}: {refusal.MessageIn(System.Globalization.CultureInfo.CurrentUICulture)}", Severity.Error);
            return new Outcome<T>(default, refusal);
        }
    }
}

/// <summary>What a service call gave: its value, or the refusal (a stale version means: reload).</summary>
public sealed record Outcome<T>(T? Value, DomainException? Refusal)
{
    public bool Succeeded => Refusal is null;

    public bool Stale => Refusal?.Code == ErrorCode.StaleVersion;

    public IReadOnlyDictionary<string, string[]>? Errors => Refusal?.ErrorsIn(System.Globalization.CultureInfo.CurrentUICulture);
}
