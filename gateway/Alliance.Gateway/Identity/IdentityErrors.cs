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
            throw DomainException.Conflict("userName", new("此帳號名稱已有人使用。", "This user name is taken."));
        }

        var errors = result.Errors
            .GroupBy(e => FieldOf(e.Code, passwordField))
            .ToDictionary(g => g.Key, g => g.Select(Describe).ToArray());
        throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
    }

    /// <summary>Identity describes its refusals in English only; the ones users meet get their Chinese here.</summary>
    private static LocalizedText Describe(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => new LocalizedText("密碼至少需要 8 個字元。", error.Description),
        "PasswordTooCommon" => new LocalizedText("此密碼是最常見的密碼之一，請改用其他密碼。", error.Description),
        "PasswordContainsUserName" => new LocalizedText("密碼不可包含帳號名稱。", error.Description),
        "PasswordContainsProductName" => new LocalizedText("密碼不可包含本平台的名稱（alliance、產學技術聯盟）。", error.Description),
        "PasswordMismatch" => new LocalizedText("目前的密碼不正確。", error.Description),
        "InvalidUserName" => new LocalizedText("帳號名稱只能使用英數字與 - . _ @。", error.Description),
        "InvalidEmail" => new LocalizedText("電子郵件格式不正確。", error.Description),
        _ => (LocalizedText)error.Description,
    };

    private static string FieldOf(string code, string passwordField) => code switch
    {
        "PasswordMismatch" => "currentPassword",
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ when code.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ => "account",
    };
}
