using Alliance.Membership.Api.Data;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>The checks every alliance-scoped handler makes before it reads or writes.</summary>
internal static class Guards
{
    /// <summary>
    /// The caller may <paramref name="access"/> the alliance (403 otherwise), it exists (404), and a
    /// write goes to an alliance still in the programme (422).
    /// </summary>
    public static async Task RequireAllianceAsync(this MembershipDbContext db, Caller caller, Guid allianceId, Access access, CancellationToken cancellationToken)
    {
        caller.RequireAllianceAccess(allianceId, access);
        var alliance = await db.Alliances.AsNoTracking().Where(a => a.Id == allianceId).Select(a => new { a.TerminatedOn }).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound(new("找不到此聯盟。", "No such alliance."));
        if (access.HasFlag(Access.Write) && alliance.TerminatedOn is not null)
        {
            throw DomainException.RuleViolated("allianceId", new("此聯盟已終止，資料不能再修改。", "The alliance is terminated; its records can no longer change."));
        }
    }

    public static DomainException Stale() =>
        new(ErrorCode.StaleVersion, new LocalizedText("此資料已被他人修改，請重新載入後再試。", "Someone else changed this record; reload it and try again."));

    public static DomainException MemberNotFound() => DomainException.NotFound(new("找不到此會員。", "No such member."));
}
