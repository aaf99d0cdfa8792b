using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.Roster.Members;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Activity.Api.Apis;

/// <summary>
/// A record's fields after the rules of their own format (trimmed, the fields of other kinds left out),
/// or a 400 naming each bad field. What DataAnnotations cannot say (one field against another, a
/// field needed by one kind only) is checked here.
/// </summary>
internal sealed record CheckedActivity(
    ProgrammeYear Year, ActivityKind Kind, DateOnly Date, string? Title = null, string? Place = null, EventRole? Role = null,
    int? Attendees = null, int? FirmAttendees = null, Guid? MemberId = null, string? Topic = null, decimal? Hours = null,
    string? PatentNumber = null, string? Country = null, PatentOwner? Owner = null, int? People = null, decimal? Amount = null)
{
    /// <summary>The most hours one consultation or guidance can take.</summary>
    public const decimal MaxHours = 1000m;

    public ActivityType Type => ActivityKinds.TypeOf(Kind);

    public static CheckedActivity From(EventRequest request)
    {
        var errors = new Errors();
        var year = errors.Year(request.Year);
        if (request.FirmAttendees > request.Attendees)
        {
            errors.Add("firmAttendees", "來自廠商的人數不能多於出席人數。", "Attendees from firms cannot outnumber the attendees.");
        }

        errors.ThrowIfAny();
        return new(year, ActivityKinds.Of(request.Kind!.Value), request.Date!.Value, Title: request.Title!.Trim(), Place: request.Place!.Trim(),
            Role: request.Role, Attendees: request.Attendees, FirmAttendees: request.FirmAttendees);
    }

    public static CheckedActivity From(MemberServiceRequest request, ActivityKind kind)
    {
        var errors = new Errors();
        var year = errors.Year(request.Year);
        if (request.Hours is not { } hours || hours <= 0 || hours > MaxHours || decimal.Round(hours, 2) != hours)
        {
            errors.Add("hours", $"時數須大於 0、不超過 {MaxHours:0}，最多到小數點後兩位。", $"The hours must be above 0 and at most {MaxHours:0}, to two decimals.");
        }

        errors.ThrowIfAny();
        return new(year, kind, request.Date!.Value, MemberId: request.MemberId, Topic: request.Topic!.Trim(), Hours: request.Hours);
    }

    public static CheckedActivity From(OutcomeRequest request)
    {
        var errors = new Errors();
        var year = errors.Year(request.Year);
        var kind = ActivityKinds.Of(request.Kind!.Value);
        var patent = ActivityKinds.IsPatent(kind);
        if (patent)
        {
            errors.Require("patentNumber", request.PatentNumber, "專利須填寫申請號或證書號。", "A patent needs its application or certificate number.");
            errors.Require("country", request.Country, "專利須填寫國別。", "A patent needs its country.");
            if (request.Owner is null)
            {
                errors.Add("owner", "專利須選擇所有權人（member、university 或 joint）。", "A patent needs its owner (member, university or joint).");
            }
        }

        if (kind == ActivityKind.NewHire && request.People is null)
        {
            errors.Add("people", "新聘人員須填寫人數。", "A new hire needs the number of people.");
        }

        if (kind == ActivityKind.DerivedOutputValue && request.Amount is not > 0)
        {
            errors.Add("amount", "衍生產值須大於 0。", "The derived output value must be above 0.");
        }

        errors.ThrowIfAny();
        return new(year, kind, request.Date!.Value, Title: request.Title!.Trim(), MemberId: request.MemberId,
            PatentNumber: patent ? request.PatentNumber!.Trim() : null, Country: patent ? request.Country!.Trim() : null, Owner: patent ? request.Owner : null,
            People: kind == ActivityKind.NewHire ? request.People : null, Amount: kind == ActivityKind.DerivedOutputValue ? request.Amount : null);
    }

    /// <summary>Writes the fields onto the record and its figure; the member's name comes from its copy, when known and this alliance's.</summary>
    public void ApplyTo(ActivityEntry entry, RosterMember? member)
    {
        entry.Year = Year.Roc;
        entry.Kind = Kind;
        entry.Date = Date;
        entry.Title = Title;
        entry.Place = Place;
        entry.Role = Role;
        entry.Attendees = Attendees;
        entry.FirmAttendees = FirmAttendees;
        entry.MemberId = MemberId;
        entry.MemberName = null;
        entry.Topic = Topic;
        entry.Hours = Hours;
        entry.PatentNumber = PatentNumber;
        entry.Country = Country;
        entry.Owner = Owner;
        entry.People = People;
        entry.Amount = Amount;
        entry.Figure = ActivityKinds.FigureOf(Kind, People, Amount);
        if (member is not null)
        {
            ActivityEvaluation.CopyMember(entry, member);
        }
    }

    /// <summary>The field errors of one request, thrown together as one 400.</summary>
    private sealed class Errors
    {
        private readonly Dictionary<string, LocalizedText[]> _errors = [];

        public void Add(string field, string zh, string en) => _errors[field] = [new LocalizedText(zh, en)];

        public void Require(string field, string? text, string zh, string en)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(field, zh, en);
            }
        }

        public ProgrammeYear Year(int? roc)
        {
            if (roc is { } value && ProgrammeYear.TryCreate(value, out var year))
            {
                return year;
            }

            Add("year", $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。", $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required.");
            return default;
        }

        public void ThrowIfAny()
        {
            if (_errors.Count > 0)
            {
                throw new DomainException(ErrorCode.Invalid, _errors.First().Value[0], _errors);
            }
        }
    }
}
