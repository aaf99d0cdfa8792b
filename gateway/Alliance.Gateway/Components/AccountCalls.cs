using System.Globalization;
using System.Security.Claims;
using Alliance.Gateway.Web.Text;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Alliance.Gateway.Components;

/// <summary>
/// Runs one of the gateway's own account handlers for an interactive account page as the signed-in
/// user, in a scope of its own (a circuit lives long; a DbContext should not), and shows a refusal
/// in a snackbar. The accounts live here, so these pages need no HTTP hop.
/// </summary>
public sealed class AccountCalls(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, ISnackbar snackbar)
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
            snackbar.Add($"{UiText.Refusal(refusal.Code)}: {refusal.MessageIn(CultureInfo.CurrentUICulture)}", Severity.Error);
            return null;
        }
    }
}
