using Alliance.Contracts.Accounts;
using Alliance.Messaging.Roster.People;

namespace Alliance.Messaging.Tests.Roster;

public sealed partial class PeopleRulesTests
{
    private static readonly Guid UserId = Guid.Parse("0192f0a0-0000-7000-8000-0000000000a1");
    private static readonly Guid AllianceId = Guid.Parse("0192f0a0-0000-7000-8000-00000000a11a");
    private static readonly Guid RegistrationId = Guid.Parse("0192f0a0-0000-7000-8000-0000000000e1");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly RosterPerson AsCreated = Person("林助理", "lin@example.org", ["assistant"], disabled: false, version: 1);
    private static readonly RosterPerson AsRenamed = Person("林小美", null, ["assistant", "reviewer"], disabled: true, version: 4);
    private static readonly AssistantApproval AsApproved = Approval(approved: true, version: 2);
    private static readonly AssistantApproval AsWithdrawn = Approval(approved: false, version: 3);

    public static TheoryData<string, RosterPerson?, AccountChanged, RosterPerson> PersonCases => new()
    {
        { "an account change makes the person", null, Changed(1), AsCreated },
        { "a newer change replaces every field", AsCreated, Renamed(4), AsRenamed },
        { "an older change is ignored", AsRenamed, Changed(1), AsRenamed },
        { "the same change again changes nothing", AsCreated, Changed(1), AsCreated },
        { "a change of the same version with other fields changes nothing", AsCreated, Renamed(1), AsCreated },
        { "a change after approvals of the account still counts", null, Changed(5), AsCreated with { Version = 5 } },
    };

    public static TheoryData<string, AssistantApproval?, object, AssistantApproval> ApprovalCases => new()
    {
        { "an approval ahead of the account is kept", null, Approved(2), AsApproved },
        { "a withdrawal ahead of everything is kept", null, Withdrawn(3), AsWithdrawn },
        { "a newer withdrawal ends the approval", AsApproved, Withdrawn(3), AsWithdrawn },
        { "an older approval does not undo a withdrawal", AsWithdrawn, Approved(2), AsWithdrawn },
        { "a newer approval after a withdrawal approves again", AsWithdrawn, Approved(6), AsApproved with { Version = 6 } },
        { "the same approval again changes nothing", AsApproved, Approved(2), AsApproved },
        { "the same withdrawal again changes nothing", AsWithdrawn, Withdrawn(3), AsWithdrawn },
        { "an approval of the held version changes nothing", AsWithdrawn, Approved(3), AsWithdrawn },
    };

    /// <summary>A = the account made (1), P = approved (2), W = withdrawn (3), R = the account renamed and disabled (4).</summary>
    public static TheoryData<string> Orders => new(Permutations("APWR"));

    private static IEnumerable<string> Permutations(string letters) =>
        letters.Length <= 1 ? [letters] : letters.SelectMany((letter, i) => Permutations(letters.Remove(i, 1)).Select(rest => letter + rest));

    private static RosterPerson Person(string displayName, string? email, string[] roles, bool disabled, long version) => new()
    {
        UserId = UserId,
        UserName = "asst.lin",
        DisplayName = displayName,
        Email = email,
        Roles = roles,
        Disabled = disabled,
        Version = version,
    };

    private static AssistantApproval Approval(bool approved, long version) => new()
    {
        UserId = UserId,
        AllianceId = AllianceId,
        UserName = "asst.lin",
        AllianceCode = "108-A-001",
        RegistrationId = RegistrationId,
        Approved = approved,
        Version = version,
    };

    private static AccountChanged Changed(long version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = At,
        UserId = UserId,
        UserName = "asst.lin",
        DisplayName = "林助理",
        Email = "lin@example.org",
        Roles = ["assistant"],
        Disabled = false,
        Version = version,
    };

    private static AccountChanged Renamed(long version) =>
        Changed(version) with { DisplayName = "林小美", Email = null, Roles = ["assistant", "reviewer"], Disabled = true, OccurredAt = At.AddDays(3) };

    private static AssistantApproved Approved(long version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = At.AddDays(1),
        RegistrationId = RegistrationId,
        UserId = UserId,
        UserName = "asst.lin",
        AllianceId = AllianceId,
        AllianceCode = "108-A-001",
        Version = version,
    };

    private static AssistantWithdrawn Withdrawn(long version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = At.AddDays(2),
        RegistrationId = RegistrationId,
        UserId = UserId,
        UserName = "asst.lin",
        AllianceId = AllianceId,
        AllianceCode = "108-A-001",
        Version = version,
    };
}
