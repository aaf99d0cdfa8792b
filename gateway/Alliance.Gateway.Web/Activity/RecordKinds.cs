namespace Alliance.Gateway.Web.Activity;

/// <summary>The four records the activity service keeps, each at its own path.</summary>
public enum RecordKind
{
    Events,
    Consultations,
    Guidance,
    Outcomes,
}

/// <summary>
/// The records' path segments (the same in the API and in the pages' addresses) and the codes their
/// fields take, by the API's names.
/// </summary>
public static class RecordKinds
{
    public static readonly RecordKind[] All = [RecordKind.Events, RecordKind.Consultations, RecordKind.Guidance, RecordKind.Outcomes];

    public static readonly string[] EventKinds = ["promotion", "seminar"];
    public static readonly string[] EventRoles = ["hosted", "co-hosted"];
    public static readonly string[] OutcomeKinds = ["new-product", "new-technology", "patent-application", "patent-grant", "new-hire", "derived-output-value"];
    public static readonly string[] PatentOwners = ["member", "university", "joint"];
    public static readonly string[] Statuses = ["accepted", "pending", "flagged", "voided"];

    /// <summary>A filter of the outcome list that is no API kind: both patent kinds, as the summary counts them together.</summary>
    public const string Patents = "patent";

    public static string Segment(RecordKind record) => record switch
    {
        RecordKind.Events => "events",
        RecordKind.Consultations => "consultations",
        RecordKind.Guidance => "guidance",
        _ => "outcomes",
    };

    /// <summary>The record whose path segment is <paramref name="segment"/>; null for any other.</summary>
    public static RecordKind? FromSegment(string? segment) => All.Where(r => Segment(r) == segment).Select(r => (RecordKind?)r).FirstOrDefault();

    /// <summary>Whether the record names a member of the alliance (a firm member whose contract is in force on its date).</summary>
    public static bool NamesMember(RecordKind record) => record != RecordKind.Events;

    /// <summary>Whether the record has kinds to choose from and filter by.</summary>
    public static bool HasKinds(RecordKind record) => record is RecordKind.Events or RecordKind.Outcomes;

    public static IReadOnlyList<string> KindsOf(RecordKind record) => record switch
    {
        RecordKind.Events => EventKinds,
        RecordKind.Outcomes => OutcomeKinds,
        _ => [],
    };

    /// <summary>What an outcome of <paramref name="kind"/> states beyond its date, member and title.</summary>
    public static OutcomeFields FieldsOf(string? kind) => kind switch
    {
        "patent-application" or "patent-grant" => OutcomeFields.Patent,
        "new-hire" => OutcomeFields.People,
        "derived-output-value" => OutcomeFields.Amount,
        _ => OutcomeFields.None,
    };

    /// <summary>Whether a row of outcome kind <paramref name="kind"/> belongs under the list's kind filter <paramref name="filter"/>.</summary>
    public static bool Matches(string? filter, string? kind) =>
        string.IsNullOrEmpty(filter) || filter == kind || (filter == Patents && FieldsOf(kind) == OutcomeFields.Patent);
}

/// <summary>The fields an outcome asks for by its kind.</summary>
public enum OutcomeFields
{
    None,

    /// <summary>Patent number, country and owner (an application or a grant).</summary>
    Patent,

    /// <summary>The number of people hired.</summary>
    People,

    /// <summary>The derived output value in NTD.</summary>
    Amount,
}
