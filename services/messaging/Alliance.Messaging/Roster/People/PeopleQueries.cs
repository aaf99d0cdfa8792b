using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

/// <summary>An assistant who works on an alliance; the name and address are null while the copy has not heard of the account.</summary>
public sealed record ApprovedAssistant(Guid UserId, string UserName, string? DisplayName, string? Email);

/// <summary>What services ask of their copy of the people.</summary>
public static class PeopleQueries
{
    /// <summary>The people the copy knows, read-only, for joins (an alliance's PI by <see cref="RosterPerson.UserName"/>).</summary>
    public static IQueryable<RosterPerson> People(this DbContext db) => db.Set<RosterPerson>().AsNoTracking();

    /// <summary>The display name of the account <paramref name="userName"/>; null while the copy does not know it.</summary>
    public static Task<string?> DisplayNameOfAsync(this DbContext db, string userName, CancellationToken cancellationToken) =>
        db.People().Where(p => p.UserName == userName).Select(p => (string?)p.DisplayName).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// How each of <paramref name="userNames"/> is shown to people, in one query: the display name the copy knows, or the
    /// account itself while the copy has not heard of it (or knows no name for it).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesShownAsync(
        this DbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var accounts = userNames.Distinct(StringComparer.Ordinal).ToArray();
        var known = accounts.Length == 0 ? [] : await db.People().Where(p => accounts.Contains(p.UserName))
            .ToDictionaryAsync(p => p.UserName, p => p.DisplayName, StringComparer.Ordinal, cancellationToken);
        return accounts.ToDictionary(
            account => account, account => known.GetValueOrDefault(account) is { } name && !string.IsNullOrWhiteSpace(name) ? name : account,
            StringComparer.Ordinal);
    }

    /// <summary>How the account <paramref name="userName"/> is shown to people (<see cref="NamesShownAsync"/>).</summary>
    public static async Task<string> NameShownAsync(this DbContext db, string userName, CancellationToken cancellationToken) =>
        (await db.NamesShownAsync([userName], cancellationToken))[userName];

    /// <summary>
    /// The assistants approved on the alliance, by user name, leaving out accounts known to be disabled (they
    /// sign in to nothing and are not written to).
    /// </summary>
    public static Task<List<ApprovedAssistant>> ApprovedAssistantsAsync(this DbContext db, Guid allianceId, CancellationToken cancellationToken) =>
        (from approval in db.Set<AssistantApproval>().AsNoTracking()
         where approval.AllianceId == allianceId && approval.Approved
         join known in db.People() on approval.UserId equals known.UserId into people
         from person in people.DefaultIfEmpty()
         where person == null || !person.Disabled
         orderby approval.UserName
         select new ApprovedAssistant(approval.UserId, approval.UserName, person == null ? null : person.DisplayName, person == null ? null : person.Email))
        .ToListAsync(cancellationToken);
}
