using Alliance.Messaging.Inbox;
using Alliance.Messaging.Roster.Members;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Tests.Roster;

/// <summary>The shared member consumers take the queues revenue's own consumers had, so an installed broker's bindings keep working.</summary>
public sealed class MemberReplicaNamesTests
{
    private sealed class RevenueDbContext(DbContextOptions<RevenueDbContext> options) : DbContext(options);

    [Fact]
    public void Consumer_SharedMemberConsumer_TakesTheQueueOfAServicesOwnConsumerOfThatName()
    {
        var formatter = new ServiceEndpointNameFormatter("revenue");

        Assert.Equal("revenue-member-joined", formatter.Consumer<MemberJoinedConsumer<RevenueDbContext>>());
        Assert.Equal("revenue-member-changed", formatter.Consumer<MemberChangedConsumer<RevenueDbContext>>());
        Assert.Equal("revenue-member-left", formatter.Consumer<MemberLeftConsumer<RevenueDbContext>>());
    }

    [Fact]
    public void InboxName_SharedMemberConsumer_IsItsDefinitionsFullName()
    {
        Assert.Equal("Alliance.Messaging.Roster.Members.MemberJoinedConsumer", InboxNames.Of(typeof(MemberJoinedConsumer<RevenueDbContext>)));
        Assert.Equal("Alliance.Messaging.Roster.Members.MemberLeftConsumer", InboxNames.Of(typeof(MemberLeftConsumer<RevenueDbContext>)));
    }
}
