using Alliance.Gateway.Web.Services;
using Roles = Alliance.ServiceDefaults.Security.Roles;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The accounts a visit's reviewer picker offers: reviewers, not disabled, not yet on the visit, by user name.</summary>
public static class ReviewerChoices
{
    public static IReadOnlyList<AccountEntry> Offered(IEnumerable<AccountEntry> accounts, IEnumerable<string> assigned)
    {
        var on = assigned.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return accounts.Where(a => a.Roles.Contains(Roles.Reviewer) && !a.Disabled && !on.Contains(a.UserName))
            .OrderBy(a => a.UserName, StringComparer.Ordinal).ToArray();
    }
}
