using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>
/// Publishes membership's events onto the run's RabbitMQ as membership would, for the cases the API
/// cannot produce in order (an entry naming a member before revenue hears of it; one event delivered twice).
/// </summary>
public static class MembershipEvents
{
    public static MemberState Firm(Guid memberId, Guid allianceId, long version, params (string Start, string End)[] contracts) => new()
    {
        MemberId = memberId,
        AllianceId = allianceId,
        Name = "晚到科技股份有限公司",
        OrganisationKind = "taiwan-company",
        MemberKind = "firm",
        IsFirm = true,
        RegistrationNumber = MemberBodies.UniqueRegistrationNumber(),
        County = "高雄市",
        Region = "south",
        Contracts = contracts.Select(c => new MemberContractTerm(Guid.NewGuid(), DateOnly.Parse(c.Start), DateOnly.Parse(c.End), true, "contract")).ToArray(),
        Version = version,
    };

    public static async Task PublishAsync<TEvent>(SystemFixture system, params TEvent[] events) where TEvent : class, IIntegrationEvent
    {
        await using var bus = await SystemBus.StartAsync(system, TestContext.Current.CancellationToken);
        foreach (var message in events)
        {
            await bus.PublishAsync(message, TestContext.Current.CancellationToken);
        }
    }
}
