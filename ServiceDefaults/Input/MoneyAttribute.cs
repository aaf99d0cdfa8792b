using System.ComponentModel.DataAnnotations;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// An amount of money in NTD (exact): at most <see cref="InputBounds.MaxMoney"/> either way and
/// no finer than a cent, so it fits every money column unrounded. Put it on every money field of
/// a request (not on ratios); whether the amount may be zero or negative stays the field's own rule.
/// The OpenAPI documents show it as <c>maximum</c> and <c>multipleOf: 0.01</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class MoneyAttribute : ValidationAttribute
{
    /// <summary>The English messages; <see cref="Problems.ValidationMessages"/> knows their Chinese.</summary>
    internal static readonly string TooLargeFormat =
        $"The field {{0}} must be at most {InputBounds.MaxMoney.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture)} NTD.";

    internal const string TooPreciseFormat = "The field {0} must have at most two decimal places.";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not decimal amount)
        {
            return ValidationResult.Success;
        }

        var problem = InputBounds.CheckMoney(amount);
        if (problem is null)
        {
            return ValidationResult.Success;
        }

        var format = problem == InputMessages.MoneyTooLarge ? TooLargeFormat : TooPreciseFormat;
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, validationContext.DisplayName);
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
