namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// A deliberate refusal, turned into problem details by <see cref="ProblemDetailsExceptionHandler"/>
/// in the caller's language. <see cref="FieldErrors"/> names the offending fields (camelCase).
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(ErrorCode code, LocalizedText message, IReadOnlyDictionary<string, LocalizedText[]>? errors = null)
        : base(message.En)
    {
        Code = code;
        Text = message;
        FieldErrors = errors ?? new Dictionary<string, LocalizedText[]>();
    }

    public DomainException(ErrorCode code, string message, IReadOnlyDictionary<string, string[]> errors)
        : this(code, (LocalizedText)message, errors.ToDictionary(e => e.Key, e => e.Value.Select(v => (LocalizedText)v).ToArray()))
    {
    }

    public ErrorCode Code { get; }

    /// <summary>
    /// The code of the domain rule that refused the request (e.g. <c>signed-outside-contract-window</c>),
    /// shown as the problem's <c>code</c> instead of the generic one; null when no named rule applies.
    /// </summary>
    public string? Rule { get; init; }
    public LocalizedText Text { get; }
    public IReadOnlyDictionary<string, LocalizedText[]> FieldErrors { get; }

    /// <summary>The field errors in English, for logs and callers that show one language.</summary>
    public IReadOnlyDictionary<string, string[]> Errors => FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.En).ToArray());

    /// <summary>The message in <paramref name="culture"/>'s language.</summary>
    public string MessageIn(System.Globalization.CultureInfo culture) => Text.For(culture);

    /// <summary>The field errors in <paramref name="culture"/>'s language.</summary>
    public IReadOnlyDictionary<string, string[]> ErrorsIn(System.Globalization.CultureInfo culture) =>
        FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.For(culture)).ToArray());

    public static DomainException Invalid(string field, LocalizedText message) => new(ErrorCode.Invalid, message, One(field, message));

    public static DomainException RuleViolated(string field, LocalizedText message) => new(ErrorCode.RuleViolated, message, One(field, message));

    /// <summary>A 422 whose problem carries <paramref name="rule"/> as its <c>code</c>.</summary>
    public static DomainException RuleViolated(string field, LocalizedText message, string rule) =>
        new(ErrorCode.RuleViolated, message, One(field, message)) { Rule = rule };

    public static DomainException NotFound(LocalizedText message) => new(ErrorCode.NotFound, message);

    public static DomainException Forbidden(LocalizedText message) => new(ErrorCode.Forbidden, message);

    public static DomainException Conflict(string field, LocalizedText message) => new(ErrorCode.Conflict, message, One(field, message));

    private static Dictionary<string, LocalizedText[]> One(string field, LocalizedText message) => new() { [field] = [message] };
}
