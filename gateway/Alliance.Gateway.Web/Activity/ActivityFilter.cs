namespace Alliance.Gateway.Web.Activity;

/// <summary>
/// The list's filters the API does not take (it lists a year, or a year and one kind): the status,
/// the date range a summary figure covers and the outcome list's "both patent kinds". The pages ask
/// the API for the year (and the kind when it is one the API knows) and narrow the rows here.
/// </summary>
public static class ActivityFilter
{
    /// <summary>The kind to ask the API for: the filter itself when it is one of the record's kinds, else none.</summary>
    public static string? ApiKind(RecordKind record, string? kind) => RecordKinds.KindsOf(record).Contains(kind) ? kind : null;

    /// <summary>The rows under every filter given (both ends of the range inclusive), newest date first.</summary>
    public static IReadOnlyList<ActivityRow> Apply(IEnumerable<ActivityRow> rows, string? kind, string? status, DateOnly? from, DateOnly? to) =>
        rows.Where(r => RecordKinds.Matches(kind, r.Kind))
            .Where(r => string.IsNullOrEmpty(status) || r.Status == status)
            .Where(r => from is not { } start || r.Date >= start)
            .Where(r => to is not { } end || r.Date <= end)
            .OrderByDescending(r => r.Date).ThenBy(r => r.Title ?? r.Topic, StringComparer.Ordinal)
            .ToArray();
}
