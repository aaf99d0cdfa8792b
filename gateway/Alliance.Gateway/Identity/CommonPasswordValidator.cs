using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Identity;

/// <summary>
/// Refuses the 3,000 most common passwords, taken from the frequency-ordered password list that
/// the zxcvbn-core package ships, compared case-insensitively; and, as the first guesses against
/// this system, a password that contains the account's own user name or the product's name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<GatewayUser>
{
    public const int ListSize = 3000;

    /// <summary>
    /// A user name shorter than this is not looked for: "li" or "wu" would refuse every password
    /// with those letters in it, and guessing with a two-letter name adds nothing to a guesser.
    /// </summary>
    public const int ShortestNameLookedFor = 3;

    /// <summary>The product's names, as a guesser would try them first.</summary>
    public static readonly string[] ProductNames = ["alliance", "產學技術聯盟", "產學小聯盟"];

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public static bool ContainsUserName(string password, string? userName) =>
        userName?.Trim() is { Length: >= ShortestNameLookedFor } name && password.Contains(name, StringComparison.OrdinalIgnoreCase);

    public static bool ContainsProductName(string password) =>
        ProductNames.Any(name => password.Contains(name, StringComparison.OrdinalIgnoreCase));

    public Task<IdentityResult> ValidateAsync(UserManager<GatewayUser> manager, GatewayUser user, string? password) =>
        Task.FromResult(Check(password, user.UserName));

    public static IdentityResult Check(string? password, string? userName) => password switch
    {
        null => IdentityResult.Success,
        _ when IsCommon(password) => Refused("PasswordTooCommon", "This password is one of the most common passwords; choose another."),
        _ when ContainsUserName(password, userName) => Refused("PasswordContainsUserName", "The password must not contain the user name."),
        _ when ContainsProductName(password) => Refused("PasswordContainsProductName", "The password must not contain the product's name (alliance, 產學技術聯盟)."),
        _ => IdentityResult.Success,
    };

    private static IdentityResult Refused(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static HashSet<string> Load()
    {
        var assembly = typeof(Zxcvbn.Zxcvbn).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("zxcvbn-core.Dictionaries.passwords.lst")
            ?? throw new InvalidOperationException("The common-password list is missing from zxcvbn-core.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (passwords.Count < ListSize && reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                passwords.Add(line.Trim().ToLowerInvariant());
            }
        }

        return passwords;
    }
}
