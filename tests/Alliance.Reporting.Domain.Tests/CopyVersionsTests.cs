using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Domain.Tests;

public sealed class CopyVersionsTests
{
    private sealed record State(string Status, long Version) : IVersionedCopy;

    /// <summary>A record's life: recorded pending (1), accepted (2), flagged (3), voided (4).</summary>
    private static readonly Dictionary<string, State> Events = new()
    {
        ["recorded"] = new("pending", 1),
        ["accepted"] = new("accepted", 2),
        ["flagged"] = new("flagged", 3),
        ["voided"] = new("voided", 4),
    };

    /// <summary>Orders in which a record's events arrive, some delivered twice; the newest state is kept whatever the order.</summary>
    public static TheoryData<string, string> Orders => new()
    {
        { "recorded accepted flagged voided", "voided" },
        { "voided flagged accepted recorded", "voided" },
        { "accepted voided recorded flagged", "voided" },
        { "flagged recorded voided accepted voided", "voided" },
        { "recorded accepted recorded accepted", "accepted" },
        { "accepted recorded", "accepted" },
        { "flagged accepted recorded flagged", "flagged" },
        { "recorded", "recorded" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Merge_AnyOrderAndRepeats_KeepsTheHighestVersion(string arrivals, string expected)
    {
        State? held = null;
        foreach (var incoming in arrivals.Split(' ').Select(name => Events[name]))
        {
            held = CopyVersions.Merge(held, incoming);
        }

        Assert.Equal(Events[expected], held);
    }

    [Fact]
    public void Merge_SameVersionAgain_KeepsTheHeldState()
    {
        var held = new State("accepted", 2);
        Assert.Same(held, CopyVersions.Merge(held, new State("accepted", 2)));
    }
}
