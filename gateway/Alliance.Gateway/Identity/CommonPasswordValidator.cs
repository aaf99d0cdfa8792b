using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Identity;

/// <summary>
/// Refuses the 3,000 most common passwords, taken from the frequency-ordered password list that
/// the zxcvbn-core package ships, compared case-insensitively.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<GatewayUser>
{
    public const int ListSize = 3000;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<GatewayUser> manager, GatewayUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "This password is one of the most common passwords; choose another." })
            : IdentityResult.Success);

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
