using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>The bodies of the API's requests for planned records, as a script would send them.</summary>
internal static class RequestBodies
{
    public static object Of(DemoIncome income, Guid? memberId) => new
    {
        year = income.Year, category = income.Category, counterpartyMemberId = memberId,
        counterpartyName = income.CounterpartyName, counterpartyKind = income.CounterpartyKind,
        counterpartyRegistrationNumber = income.CounterpartyRegistrationNumber, counterpartyCounty = income.CounterpartyCounty,
        date = income.Date, amount = income.Amount, reference = income.Reference, nature = income.Nature,
        periodStart = income.PeriodStart, periodEnd = income.PeriodEnd,
        concernsCoreTechnology = income.ConcernsCoreTechnology, signedByPi = income.SignedByPi,
    };

    /// <summary>The body of <c>…/events</c>, <c>…/consultations</c>, <c>…/guidance</c> or <c>…/outcomes</c>, as the activity's type asks.</summary>
    public static object Of(DemoActivity activity, Guid? memberId) => activity.Type switch
    {
        DemoActivity.Events => new
        {
            year = activity.Year, kind = activity.Kind, date = activity.Date, title = activity.Title, place = activity.Place,
            role = activity.Role, attendees = activity.Attendees, firmAttendees = activity.FirmAttendees,
        },
        DemoActivity.Outcomes => new
        {
            year = activity.Year, kind = activity.Kind, date = activity.Date, memberId, title = activity.Title,
            patentNumber = activity.PatentNumber, country = activity.Country, owner = activity.Owner, people = activity.People, amount = activity.Amount,
        },
        _ => (object)new { year = activity.Year, date = activity.Date, memberId, topic = activity.Topic, hours = activity.Hours },
    };
}
