namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// A deliberate refusal, turned into problem details by <see cref="ProblemDetailsExceptionHandler"/>.
/// <paramref name="Errors"/> names the offending fields (camelCase) with their messages.
/// </summary>
public sealed class DomainException(ErrorCode code, string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public ErrorCode Code { get; } = code;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();

    public static DomainException Invalid(string field, string message) =>
        new(ErrorCode.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });

    public static DomainException RuleViolated(string field, string message) =>
        new(ErrorCode.RuleViolated, message, new Dictionary<string, string[]> { [field] = [message] });

    public static DomainException NotFound(string message) => new(ErrorCode.NotFound, message);

    public static DomainException Forbidden(string message) => new(ErrorCode.Forbidden, message);

    public static DomainException Conflict(string field, string message) =>
        new(ErrorCode.Conflict, message, new Dictionary<string, string[]> { [field] = [message] });
}
