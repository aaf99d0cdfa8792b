using System.Security.Claims;
using Roles = Alliance.ServiceDefaults.Security.Roles;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>
/// What the site-visit pages offer the signed-in user, by role (ARCHITECTURE.md's roles table): the centre
/// schedules visits, assigns reviewers, ranks, selects, counsels and flags; a ministry officer reads all of
/// it and confirms the outstanding selection; a reviewer fills in the forms of the visits assigned. Pages
/// hide what a role may not do; the service decides anyway.
/// </summary>
public sealed record SiteVisitRights(bool Manages, bool Confirms, bool Reviews)
{
    /// <summary>Whether the user reads every visit, ranking and flag (the centre and officers).</summary>
    public bool ReadsAll => Manages || Confirms;

    public static SiteVisitRights Of(ClaimsPrincipal user) =>
        new(user.IsInRole(Roles.CentreAdmin), user.IsInRole(Roles.MinistryOfficer), user.IsInRole(Roles.Reviewer));
}
