namespace Alliance.Gateway.Web.Activity;

/// <summary>
/// What a form of one record holds while it is typed: the fields of all four records, of which
/// <see cref="Body"/> sends only those the record and its kind ask for, so a field left over from
/// another kind never reaches the API. Plain properties, so that it can be kept as a draft
/// (<see cref="FormDrafts"/>) and read back.
/// </summary>
public sealed class ActivityDraft
{
    public string? Kind { get; set; }
    public DateOnly? Date { get; set; }
    public string? Title { get; set; }
    public string? Place { get; set; }
    public string? Role { get; set; } = "hosted";
    public int? Attendees { get; set; }
    public int? FirmAttendees { get; set; }
    public string? MemberId { get; set; }
    public string? Topic { get; set; }
    public decimal? Hours { get; set; }
    public string? PatentNumber { get; set; }
    public string? Country { get; set; }
    public string? Owner { get; set; }
    public int? People { get; set; }
    public decimal? Amount { get; set; }

    /// <summary>An empty form of <paramref name="record"/>, its kind the first one offered.</summary>
    public static ActivityDraft For(RecordKind record) => new() { Kind = RecordKinds.KindsOf(record).FirstOrDefault() };

    /// <summary>The record's fields, to correct it; a kind, role or owner the page does not know is left for the user to choose.</summary>
    public static ActivityDraft From(RecordKind record, ActivityRow row) => new()
    {
        Kind = RecordKinds.KindsOf(record).Contains(row.Kind) ? row.Kind : null,
        Date = row.Date,
        Title = row.Title,
        Place = row.Place,
        Role = RecordKinds.EventRoles.Contains(row.Role) ? row.Role : null,
        Attendees = row.Attendees,
        FirmAttendees = row.FirmAttendees,
        MemberId = row.MemberId?.ToString(),
        Topic = row.Topic,
        Hours = row.Hours,
        PatentNumber = row.PatentNumber,
        Country = row.Country,
        Owner = RecordKinds.PatentOwners.Contains(row.Owner) ? row.Owner : null,
        People = row.People,
        Amount = row.Amount,
    };

    /// <summary>
    /// Whether anything was typed or picked into it. The choices a form keeps after a save (the kind, an
    /// event's role) are not input on their own, so a saved form leaves no draft behind.
    /// </summary>
    public bool HasInput()
    {
        return Date is not null || !string.IsNullOrWhiteSpace(Title) || !string.IsNullOrWhiteSpace(Place)
            || Attendees is not null || FirmAttendees is not null || !string.IsNullOrEmpty(MemberId) || !string.IsNullOrWhiteSpace(Topic) || Hours is not null
            || !string.IsNullOrWhiteSpace(PatentNumber) || !string.IsNullOrWhiteSpace(Country) || Owner is not null || People is not null || Amount is not null;
    }

    /// <summary>What the draft is about, to name it when it is kept: its title or topic, else its date.</summary>
    public string Label(System.Globalization.CultureInfo culture) =>
        Title?.Trim() is { Length: > 0 } title ? title
        : Topic?.Trim() is { Length: > 0 } topic ? topic
        : Date is { } date ? Text.DisplayDates.Format(date, culture)
        : "…";

    /// <summary>The request of <paramref name="record"/> for programme year <paramref name="year"/>; a correction adds its version and reason.</summary>
    public object Body(RecordKind record, int year, long? version = null, string? reason = null)
    {
        var why = version is null ? null : Blank(reason);
        var member = Guid.TryParse(MemberId, out var id) ? id : (Guid?)null;
        switch (record)
        {
            case RecordKind.Events:
                return new EventBody(year, Kind, Date, Blank(Title), Blank(Place), Role, Attendees, FirmAttendees, version, why);
            case RecordKind.Consultations or RecordKind.Guidance:
                return new ServiceBody(year, Date, member, Blank(Topic), Hours, version, why);
            default:
                var fields = RecordKinds.FieldsOf(Kind);
                var patent = fields == OutcomeFields.Patent;
                return new OutcomeBody(
                    year, Kind, Date, member, Blank(Title),
                    patent ? Blank(PatentNumber) : null, patent ? Blank(Country) : null, patent ? Owner : null,
                    fields == OutcomeFields.People ? People : null, fields == OutcomeFields.Amount ? Amount : null,
                    version, why);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
