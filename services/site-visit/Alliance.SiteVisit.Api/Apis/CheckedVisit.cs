using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>A visit's fields after the rules of their own format (trimmed; the usual agenda when none is given), or a 400 naming each bad field.</summary>
internal sealed record CheckedVisit(ProgrammeYear Year, DateTimeOffset StartsAt, string Place, List<string> Agenda, string? Reason)
{
    /// <summary>The agenda of a visit scheduled without one (DOMAIN.md).</summary>
    public static readonly IReadOnlyList<string> DefaultAgenda = ["簡報及成果展示", "綜合交流", "審查委員填寫審查表", "查訪結果說明"];

    public const int MaxAgendaItem = 200;

    public static CheckedVisit From(VisitRequest request)
    {
        var errors = new FieldErrors();
        var year = errors.Year(request.Year);
        var place = errors.Text("place", request.Place);
        var agenda = request.Agenda ?? [.. DefaultAgenda];
        for (var i = 0; i < agenda.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(agenda[i]) || agenda[i].Trim().Length > MaxAgendaItem)
            {
                errors.Add($"agenda[{i}]", $"議程項目不能空白，也不能超過 {MaxAgendaItem} 個字。", $"An agenda item is not blank and at most {MaxAgendaItem} characters long.");
            }
        }

        errors.ThrowIfAny();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        return new(year, request.StartsAt!.Value, place, agenda.Select(item => item.Trim()).ToList(), reason);
    }

    /// <summary>422 when the start breaks the year or the April–July window (<see cref="VisitWindow.Check"/>).</summary>
    public void CheckWindow()
    {
        if (VisitWindow.Check(Year, StartsAt, Reason is not null) is { } breach)
        {
            throw RuleMessages.Refusal(breach, Year);
        }
    }

    public void ApplyTo(Visit visit)
    {
        visit.Year = Year.Roc;
        visit.StartsAt = StartsAt.ToUniversalTime();
        visit.Place = Place;
        visit.Agenda = Agenda;
        visit.Reason = Reason;
    }
}
