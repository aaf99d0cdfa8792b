using Alliance.ServiceDefaults.Problems;

namespace Alliance.Membership.Api.Apis;

/// <summary>Membership's own refusals; the alliance checks and the stale version are shared (Alliance.Messaging.Writes, VersionCheck).</summary>
internal static class Guards
{
    public static DomainException MemberNotFound() => DomainException.NotFound(new("找不到此會員。", "No such member."));
}
