using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Messaging.Roster.Members;

namespace Alliance.Messaging.Tests.Roster;

public sealed partial class MemberRulesTests
{
    private static readonly Guid Id = Guid.Parse("0192f0a0-0000-7000-8000-0000000000e1");
    private static readonly Guid AllianceId = Guid.Parse("0192f0a0-0000-7000-8000-00000000a11a");
    private static readonly Guid ContractId = Guid.Parse("0192f0a0-0000-7000-8000-00000000c001");
    private static readonly Guid ProjectId = Guid.Parse("0192f0a0-0000-7000-8000-00000000c002");
    private static readonly DateTimeOffset LeftAt = new(2021, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly RosterMemberContract Contract = new(ContractId, new(2020, 1, 1), new(2020, 12, 31), true, "contract");
    private static readonly RosterMemberContract Project = new(ProjectId, new(2021, 1, 1), new(2021, 12, 31), false, "cooperation-project");

    private static readonly RosterMember Stub = new() { Id = Id, AllianceId = AllianceId, LeftAt = LeftAt, LeftVersion = 3, SourceVersion = 3 };
    private static readonly RosterMember AsJoined = Details("舊名稱股份有限公司", "taiwan-company", "firm", [Contract], version: 1);
    private static readonly RosterMember AsChanged = Details("新名稱基金會", "non-research-juridical-person", "other", [Contract, Project], version: 2);

    /// <summary>Joined (1), changed (2) and left (3), whatever the order: described as changed, a member of nothing.</summary>
    private static readonly RosterMember Final = AsChanged with { Contracts = RosterMemberContracts.None, LeftAt = LeftAt, LeftVersion = 3, SourceVersion = 3 };

    /// <summary>Left (3), then described by the join (1) alone.</summary>
    private static readonly RosterMember RemovedAsJoined = AsJoined with { Contracts = RosterMemberContracts.None, LeftAt = LeftAt, LeftVersion = 3, SourceVersion = 3 };

    public static TheoryData<string, RosterMember?, IIntegrationEvent, RosterMember> Cases => new()
    {
        { "a join makes the copy", null, Joined(1), AsJoined },
        { "a change ahead of the join makes the copy", null, Changed(2), AsChanged },
        { "a removal ahead of everything is remembered", null, Left(3), Stub },
        { "a join after the removal describes the member without making it one", Stub, Joined(1), RemovedAsJoined },
        { "a change after the removal describes the member without making it one", Stub, Changed(2), Final },
        { "a newer change after the removal describes it anew", RemovedAsJoined, Changed(2), Final },
        { "an older join after the removal does not replace a newer description", Final, Joined(1), Final },
        { "a newer change replaces the state", AsJoined, Changed(2), AsChanged },
        { "an older join is ignored", AsChanged, Joined(1), AsChanged },
        { "the same change again changes nothing", AsChanged, Changed(2), AsChanged },
        { "the same join again changes nothing", AsJoined, Joined(1), AsJoined },
        { "a removal keeps the description and ends the contracts", AsChanged, Left(3), Final },
        { "the same removal again changes nothing", Final, Left(3), Final },
        { "a change after the removal keeps it removed", Final, Changed(2), Final },
        { "a state newer than the removal describes but never makes it a member again", Final, Changed(5), Final with { DetailsVersion = 5, SourceVersion = 5 } },
        { "an older removal does not replace a newer one", Stub, Left(2, LeftAt.AddDays(-1)), Stub },
        { "a newer removal replaces an older one", Stub with { LeftAt = LeftAt.AddDays(-1), LeftVersion = 2, SourceVersion = 2 }, Left(3), Stub },
        { "a removal older than the state held still removes", AsChanged with { DetailsVersion = 4, SourceVersion = 4 }, Left(3), Final with { DetailsVersion = 4, SourceVersion = 4 } },
    };

    public static TheoryData<string> Orders => new() { "JCL", "JLC", "CJL", "CLJ", "LJC", "LCJ" };

    private static RosterMember Details(string name, string organisationKind, string memberKind, RosterMemberContract[] contracts, long version) => new()
    {
        Id = Id,
        AllianceId = AllianceId,
        Name = name,
        OrganisationKind = organisationKind,
        MemberKind = memberKind,
        IsFirm = memberKind == "firm",
        RegistrationNumber = memberKind == "firm" ? "12345675" : null,
        County = "臺北市",
        Region = "north",
        Contracts = new(contracts),
        DetailsVersion = version,
        SourceVersion = version,
    };

    private static MemberState State(RosterMember details) => new()
    {
        MemberId = details.Id,
        AllianceId = details.AllianceId,
        Name = details.Name,
        OrganisationKind = details.OrganisationKind,
        MemberKind = details.MemberKind,
        IsFirm = details.IsFirm,
        RegistrationNumber = details.RegistrationNumber,
        County = details.County,
        Region = details.Region,
        Contracts = details.Contracts.Select(c => new MemberContractTerm(c.ContractId, c.Start, c.End, c.Paid, c.Source)).ToArray(),
        Version = details.DetailsVersion!.Value,
    };

    private static MemberJoined Joined(long version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = LeftAt.AddYears(-1),
        Member = State(AsJoined with { DetailsVersion = version }),
    };

    private static MemberChanged Changed(long version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = LeftAt.AddMonths(-1),
        Member = State(AsChanged with { DetailsVersion = version }),
    };

    private static MemberLeft Left(long version, DateTimeOffset? at = null) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = at ?? LeftAt,
        MemberId = Id,
        AllianceId = AllianceId,
        Version = version,
    };
}
