using Alliance.Contracts.Membership;
using Alliance.Messaging.Outbox;

namespace Alliance.Messaging.Tests;

public sealed class EventTypesTests
{
    [Fact]
    public void NameOf_ContractEvent_IsItsFullName() =>
        Assert.Equal("Alliance.Contracts.Membership.AllianceRegistered", EventTypes.NameOf(typeof(AllianceRegistered)));

    [Fact]
    public void NameOf_TypeThatIsNoEvent_Throws() =>
        Assert.Throws<ArgumentException>(() => EventTypes.NameOf(typeof(string)));

    [Fact]
    public void Resolve_EventDefinedOutsideTheContracts_IsFoundAmongLoadedAssemblies() =>
        Assert.Equal(typeof(LocalProbe), EventTypes.Resolve(typeof(LocalProbe).FullName!));

    [Fact]
    public void Resolve_ContractEventByName_ReturnsItsType() =>
        Assert.Equal(typeof(AllianceRegistered), EventTypes.Resolve("Alliance.Contracts.Membership.AllianceRegistered"));

    public sealed record LocalProbe(Guid EventId, DateTimeOffset OccurredAt) : Alliance.Contracts.IIntegrationEvent;
}
