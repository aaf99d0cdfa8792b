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
}
