using System.Diagnostics.CodeAnalysis;

namespace Alliance.Programme;

/// <summary>
/// A business registration number (統一編號): exactly eight ASCII digits passing the check rule in
/// force since 2023 (sum divisible by 5, previously by 10; every number valid under the old rule
/// is still valid). Leading zeros are significant, so the value is a string.
/// </summary>
/// <remarks>
/// Check rule: multiply the digits by 1,2,1,2,1,2,4,1, add the digits of each product and sum them.
/// Valid when the sum is divisible by 5. When the seventh digit is 7 its product 28 gives 2+8 = 10,
/// which may be read as 10 or, summed again, as 1; the number is valid if either total is divisible
/// by 5, i.e. <c>sum % 5 == 0 || (sum + 1) % 5 == 0</c> with 10 counted.
/// <c>default(RegistrationNumber)</c> bypasses validation (null value); use the factories.
/// </remarks>
public readonly record struct RegistrationNumber
{
    /// <summary>Reason code: not exactly eight characters.</summary>
    public const string WrongLength = "wrong-length";

    /// <summary>Reason code: a character is not an ASCII digit 0–9.</summary>
    public const string NotDigits = "not-digits";

    /// <summary>Reason code: eight digits that fail the check rule.</summary>
    public const string BadCheckDigit = "bad-check-digit";

    private static readonly int[] Weights = [1, 2, 1, 2, 1, 2, 4, 1];

    private RegistrationNumber(string value) => Value = value;

    /// <summary>The eight digits.</summary>
    public string Value { get; }

    /// <summary>Creates a registration number or throws.</summary>
    /// <exception cref="ArgumentException">The text is not a valid number; the message starts with the reason code.</exception>
    public static RegistrationNumber Create(string? text) =>
        TryCreate(text, out var number, out var reason)
            ? number
            : throw new ArgumentException($"{reason}: '{text}' is not a valid registration number.", nameof(text));

    /// <summary>
    /// Validates <paramref name="text"/> as is (no trimming). On failure <paramref name="reason"/> is
    /// <see cref="WrongLength"/> (also for null), <see cref="NotDigits"/> or <see cref="BadCheckDigit"/>,
    /// checked in that order; on success it is null.
    /// </summary>
    public static bool TryCreate(string? text, out RegistrationNumber number, [NotNullWhen(false)] out string? reason)
    {
        number = default;
        reason = text switch
        {
            null or { Length: not 8 } => WrongLength,
            _ when !text.All(char.IsAsciiDigit) => NotDigits,
            _ when !PassesCheck(text) => BadCheckDigit,
            _ => null,
        };
        if (reason is not null)
        {
            return false;
        }

        number = new RegistrationNumber(text!);
        return true;
    }

    /// <summary>The check-rule sum, with the seventh digit's 7 × 4 = 28 counted as 10.</summary>
    internal static int CheckSum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var product = (digits[i] - '0') * Weights[i];
            sum += product / 10 + product % 10;
        }

        return sum;
    }

    private static bool PassesCheck(string digits)
    {
        var sum = CheckSum(digits);
        return sum % 5 == 0 || (digits[6] == '7' && (sum + 1) % 5 == 0);
    }

    public override string ToString() => Value;
}
