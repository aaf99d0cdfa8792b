using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Identity;

internal static class IdentityErrors
{
    /// <summary>Turns Identity's refusals into a 400 naming the field (409 for a taken user name).</summary>
    public static void ThrowIfFailed(IdentityResult result, string passwordField = "password")
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName"))
        {
            throw DomainException.Conflict("userName", "This user name is taken.");
        }

        var errors = result.Errors
            .GroupBy(e => FieldOf(e.Code, passwordField))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
    }

    private static string FieldOf(string code, string passwordField) => code switch
    {
        "PasswordMismatch" => "currentPassword",
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ when code.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ => "account",
    };
}
