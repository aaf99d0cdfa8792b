using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// Who may do what with site visits, beyond the roles table: the centre runs the visits; a ministry officer reads
/// everything and confirms the outstanding selection; a reviewer reads the visits they are assigned to, as site-visit's
/// own assignments say (not the gateway's scope), and writes their own forms; an alliance's PI and assistants read its
/// visits, its abnormal flag and its counselling, never the forms.
/// </summary>
internal static class SiteVisitAccess
{
    public static void RequireCentre(Caller caller) => caller.RequireRole(Roles.CentreAdmin);

    public static void RequireOfficer(Caller caller) => caller.RequireRole(Roles.MinistryOfficer);

    /// <summary>The centre or a ministry officer: the roles that read every visit, form and ranking.</summary>
    public static void RequireOverseer(Caller caller) => caller.RequireRole(Roles.CentreAdmin, Roles.MinistryOfficer);

    /// <summary>Whether the caller is a PI or assistant of the alliance (an assistant holds the role only once approved).</summary>
    public static bool OwnsAlliance(Caller caller, Guid allianceId) =>
        (caller.Roles.Contains(Roles.Pi) || caller.Roles.Contains(Roles.Assistant)) && caller.Alliances.Contains(allianceId);

    /// <summary>The alliances whose own records (visits, flag, counselling) the caller reads as their PI or assistant.</summary>
    public static Guid[] OwnAlliances(Caller caller) => caller.Alliances.Where(id => OwnsAlliance(caller, id)).ToArray();

    /// <summary>Whether <paramref name="caller"/> is a reviewer assigned to the visit now.</summary>
    public static Task<bool> IsAssignedAsync(SiteVisitDbContext db, Caller caller, Guid visitId, CancellationToken cancellationToken) =>
        caller.Roles.Contains(Roles.Reviewer)
            ? db.Assignments.AnyAsync(a => a.VisitId == visitId && a.ReviewerUserName == caller.UserName && a.Active, cancellationToken)
            : Task.FromResult(false);

    /// <summary>403 unless the caller reads everything, owns the visit's alliance or is assigned to the visit.</summary>
    public static async Task RequireVisitReaderAsync(SiteVisitDbContext db, Caller caller, Visit visit, CancellationToken cancellationToken)
    {
        if (!caller.ReadsEverything && !OwnsAlliance(caller, visit.AllianceId) && !await IsAssignedAsync(db, caller, visit.Id, cancellationToken))
        {
            throw DomainException.Forbidden(new("您沒有被指派到這次查訪，也不是受訪聯盟的成員。", "You are neither assigned to this visit nor a member of the visited alliance."));
        }
    }

    /// <summary>403 unless the caller is a reviewer assigned to the visit now (the only one with a form of their own).</summary>
    public static async Task RequireAssignedAsync(SiteVisitDbContext db, Caller caller, Guid visitId, CancellationToken cancellationToken)
    {
        if (!await IsAssignedAsync(db, caller, visitId, cancellationToken))
        {
            throw DomainException.Forbidden(new("只有指派到這次查訪的審查委員有自己的審查表。", "Only a reviewer assigned to this visit has a form of their own."));
        }
    }

    /// <summary>
    /// For an alliance's flag and counselling: 403 unless the caller reads everything or is the alliance's PI or assistant.
    /// </summary>
    public static void RequireAllianceReader(Caller caller, Guid allianceId)
    {
        if (!caller.ReadsEverything && !OwnsAlliance(caller, allianceId))
        {
            throw DomainException.Forbidden(new("您不能查看此聯盟的輔導紀錄。", "You may not read this alliance's counselling records."));
        }
    }

    /// <summary>For lists of flags and counselling without an alliance named: 403 for a caller who reads no alliance's.</summary>
    public static void RequireSomeAllianceReader(Caller caller)
    {
        if (!caller.ReadsEverything && OwnAlliances(caller).Length == 0)
        {
            throw DomainException.Forbidden(new("您不能查看輔導紀錄。", "You may not read counselling records."));
        }
    }
}
