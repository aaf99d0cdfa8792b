using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>
/// The "schedule a visit" form while it is typed: the alliance, the date and time in Taiwan, the place, the
/// agenda (the four items of DOMAIN.md to start with, editable) and, for a date outside April–July, the reason.
/// </summary>
public sealed class VisitDraft
{
    /// <summary>The agenda a visit starts with (DOMAIN.md, "Site visits and counselling"), in the order it runs.</summary>
    public static readonly Phrase[] DefaultAgenda =
    [
        new("簡報及成果展示", "Briefing and demonstration of results"),
        new("綜合交流", "Open exchange"),
        new("審查委員填寫審查表", "Reviewers fill in the review form"),
        new("查訪結果說明", "Explanation of the visit's results"),
    ];

    public string? AllianceId { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; } = new(10, 0);
    public string? Place { get; set; }
    public List<AgendaItem> Agenda { get; set; } = [];
    public string? Reason { get; set; }

    /// <summary>A new visit's form, its agenda the four default items in the page's language.</summary>
    public static VisitDraft New() => new() { Agenda = DefaultAgenda.Select(item => new AgendaItem { Text = item }).ToList() };

    /// <summary>The visit's fields, to change it.</summary>
    public static VisitDraft From(VisitRow visit) => new()
    {
        AllianceId = visit.AllianceId.ToString(),
        Date = VisitTimes.DateOf(visit.StartsAt),
        Time = VisitTimes.TimeOf(visit.StartsAt),
        Place = visit.Place,
        Agenda = (visit.Agenda ?? []).Select(text => new AgendaItem { Text = text }).ToList(),
        Reason = visit.Reason,
    };

    /// <summary>Whether the form asks why: a date chosen outside April–July of <paramref name="year"/>.</summary>
    public bool NeedsReason(int year) => Date is { } date && !VisitTimes.InWindow(date, year);

    /// <summary>
    /// The request for programme year <paramref name="year"/>: the start in Taiwan time with its offset (none until
    /// both date and time are given, for the service to name the field), the agenda's non-blank items, and the
    /// reason only where the date needs one.
    /// </summary>
    public VisitBody Body(int year, long? version = null) => new(
        Guid.TryParse(AllianceId, out var id) ? id : null,
        year,
        Date is { } date && Time is { } time ? VisitTimes.StartsAt(date, time) : null,
        Blank(Place),
        Agenda.Select(a => Blank(a.Text)).OfType<string>().ToArray(),
        NeedsReason(year) ? Blank(Reason) : null,
        version);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One agenda item, a class so that the form can bind its text.</summary>
public sealed class AgendaItem
{
    public string? Text { get; set; }
}
