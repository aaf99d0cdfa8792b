using System.Security.Claims;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Auth;

internal static class CallerExtensions
{
    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw DomainException.Forbidden(new("呼叫者沒有帳號。", "The caller has no account."));

    public static string UserName(this ClaimsPrincipal principal) =>
        principal.Identity?.Name ?? "anonymous";
}
