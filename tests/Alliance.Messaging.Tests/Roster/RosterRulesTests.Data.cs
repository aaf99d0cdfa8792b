using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Messaging.Roster;

namespace Alliance.Messaging.Tests.Roster;

public sealed partial class RosterRulesTests
{
    private static readonly Guid Id = Guid.Parse("0192f0a0-0000-7000-8000-00000000a11a");
    private static readonly DateTimeOffset At = new(2019, 10, 31, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2021, 12, 31);
    private static readonly DateOnly OtherDay = new(2021, 6, 30);

    private static readonly RosterAlliance Stub = new() { Id = Id, Code = "108-A-001", TerminatedOn = Day, TerminationVersion = 9 };
    private static readonly RosterAlliance AsRegistered = Details("舊名稱", "pi.old", phase: 1, version: 5) with { RegisteredAt = At };
    private static readonly RosterAlliance AsChanged = Details("新名稱", "pi.new", phase: 2, version: 7);

    /// <summary>Registered (5), changed (7) and terminated (9), whatever the order.</summary>
    private static readonly RosterAlliance Final = AsChanged with { RegisteredAt = At, TerminatedOn = Day, TerminationVersion = 9 };

    public static TheoryData<string, RosterAlliance?, IIntegrationEvent, RosterAlliance> Cases => new()
    {
        { "a registration makes the copy", null, Registered(5), AsRegistered },
        { "a change ahead of the registration makes the copy", null, Changed(7), AsChanged },
        { "a termination ahead of everything is remembered", null, Terminated(9, Day), Stub },
        { "a registration fills in a remembered termination", Stub, Registered(5), AsRegistered with { TerminatedOn = Day, TerminationVersion = 9 } },
        { "a change fills in a remembered termination", Stub, Changed(7), AsChanged with { TerminatedOn = Day, TerminationVersion = 9 } },
        { "a newer change replaces the details", AsRegistered, Changed(7), AsChanged with { RegisteredAt = At } },
        { "an older change is ignored", AsChanged, Changed(6), AsChanged },
        { "the same change again changes nothing", AsChanged, Changed(7), AsChanged },
        { "a registration after a change keeps the newer details", AsChanged, Registered(5), AsChanged with { RegisteredAt = At } },
        { "a registration without a version counts when nothing is known", null, Registered(0), AsRegistered with { DetailsVersion = 0 } },
        { "a registration without a version fills in a termination", Stub, Registered(0), AsRegistered with { DetailsVersion = 0, TerminatedOn = Day, TerminationVersion = 9 } },
        { "a registration without a version never replaces a change", AsChanged, Registered(0), AsChanged with { RegisteredAt = At } },
        { "any versioned change replaces details of unknown version", AsRegistered with { DetailsVersion = 0 }, Changed(7), AsChanged with { RegisteredAt = At } },
        { "the earliest registration time stands", AsRegistered, Registered(5, At.AddHours(1)), AsRegistered },
        { "an earlier registration time replaces a later one", AsRegistered with { RegisteredAt = At.AddHours(1) }, Registered(5), AsRegistered },
        { "a termination keeps the details", AsChanged, Terminated(9, Day), AsChanged with { TerminatedOn = Day, TerminationVersion = 9 } },
        { "a change after the termination keeps it terminated", AsRegistered with { TerminatedOn = Day, TerminationVersion = 9 }, Changed(12), AsChanged with { DetailsVersion = 12, RegisteredAt = At, TerminatedOn = Day, TerminationVersion = 9 } },
        { "a termination does not rename a copy that has details", AsChanged, Terminated(9, Day) with { Code = "其他" }, AsChanged with { TerminatedOn = Day, TerminationVersion = 9 } },
        { "an older termination does not replace a newer one", Stub, Terminated(3, OtherDay), Stub },
        { "a termination without a version does not replace one with", Stub, Terminated(0, OtherDay), Stub },
        { "a newer termination replaces one without a version", Stub with { TerminatedOn = OtherDay, TerminationVersion = 0 }, Terminated(9, Day), Stub },
    };

    public static TheoryData<string> Orders => new() { "RCT", "RTC", "CRT", "CTR", "TRC", "TCR" };

    private static RosterAlliance Details(string name, string pi, int phase, long version) => new()
    {
        Id = Id,
        Code = "108-A-001",
        Name = name,
        HostInstitution = "國立臺灣大學",
        DomainCode = "ict",
        Phase = phase,
        YearInPhase = 2,
        PiUserName = pi,
        DetailsVersion = version,
    };

    private static AllianceRegistered Registered(long version, DateTimeOffset? at = null) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = at ?? At,
        AllianceId = Id,
        Code = "108-A-001",
        Name = "舊名稱",
        HostInstitution = "國立臺灣大學",
        DomainCode = "ict",
        Phase = 1,
        YearInPhase = 2,
        PiUserName = "pi.old",
        Version = version,
    };

    private static AllianceChanged Changed(long version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = At.AddDays(1),
        AllianceId = Id,
        Code = "108-A-001",
        Name = "新名稱",
        HostInstitution = "國立臺灣大學",
        DomainCode = "ict",
        Phase = 2,
        YearInPhase = 2,
        PiUserName = "pi.new",
        Version = version,
    };

    private static AllianceTerminated Terminated(long version, DateOnly on) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = At.AddDays(2),
        AllianceId = Id,
        Code = "108-A-001",
        TerminatedOn = on,
        Reason = "計畫結束",
        Version = version,
    };
}
