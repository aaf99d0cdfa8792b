using System.Security.Claims;
using Alliance.Gateway.Components.Text;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Alliance.Gateway.Components;

/// <summary>
/// Runs an API handler for an interactive page as the signed-in user, in a scope of its own (a
/// circuit lives long; a DbContext should not), and shows a refusal in a snackbar.
/// </summary>
public sealed class UiCalls(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, ISnackbar snackbar)
{
    public async Task<T?> RunAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> call, string? success = null)
        where T : class
    {
        var caller = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var result = await call(scope.ServiceProvider, caller);
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }

            return result;
        }
        catch (DomainException refusal)
        {
            snackbar.Add($"{UiText.Refusal(refusal.Code)}: {refusal.MessageIn(System.Globalization.CultureInfo.CurrentUICulture)}", Severity.Error);
            return null;
        }
    }

    /// <summary>
    /// Runs a call to a back-end service (through <see cref="Services.ServiceClient"/>) and shows a
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
