using Alliance.Messaging.Inbox;
using Alliance.Messaging.Roster;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Tests;

public sealed class ServiceEndpointNameFormatterTests
{
    private sealed class RevenueDbContext(DbContextOptions<RevenueDbContext> options) : DbContext(options);

    private sealed class MemberJoinedConsumer : IConsumer<Contracts.Membership.MemberJoined>
    {
        public Task Consume(ConsumeContext<Contracts.Membership.MemberJoined> context) => Task.CompletedTask;
    }

    [Fact]
    public void Consumer_SharedGenericConsumer_TakesTheQueueOfAServicesOwnConsumerOfThatName()
    {
        var formatter = new ServiceEndpointNameFormatter("revenue");

        Assert.Equal("revenue-alliance-registered", formatter.Consumer<AllianceRegisteredConsumer<RevenueDbContext>>());
        Assert.Equal("revenue-alliance-changed", formatter.Consumer<AllianceChangedConsumer<RevenueDbContext>>());
        Assert.Equal("revenue-alliance-terminated", formatter.Consumer<AllianceTerminatedConsumer<RevenueDbContext>>());
    }

    [Fact]
    public void Consumer_ServicesOwnConsumer_IsNamedAsBefore()
    {
        var formatter = new ServiceEndpointNameFormatter("revenue");

        Assert.Equal("revenue-member-joined", formatter.Consumer<MemberJoinedConsumer>());
        Assert.Equal(new KebabCaseEndpointNameFormatter("revenue", includeNamespace: false).Consumer<MemberJoinedConsumer>(), formatter.Consumer<MemberJoinedConsumer>());
    }

    [Fact]
    public void InboxName_SharedGenericConsumer_LeavesOutTheServicesTypeArgument()
    {
        Assert.Equal("Alliance.Messaging.Roster.AllianceTerminatedConsumer", InboxNames.Of(typeof(AllianceTerminatedConsumer<RevenueDbContext>)));
        Assert.Equal(typeof(MemberJoinedConsumer).FullName, InboxNames.Of(typeof(MemberJoinedConsumer)));
    }
}
