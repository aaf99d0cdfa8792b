using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Messaging.Roster.Members;
using Alliance.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>
/// Membership's member events reach revenue's and activity's copies of the members through queues of their
/// own, so any order is possible. Here each order is forced (an event is published once both have applied the
/// one before), and each event is published twice (the second time under a new id, as a re-sent fact).
/// </summary>
public sealed class MemberOrderTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Orders => new() { "JCL", "JLC", "CJL", "CLJ", "LJC", "LCJ" };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task MemberEvents_InAnyOrderEachTwice_LeaveRevenuesAndActivitysCopiesInOneState(string order)
    {
        var story = MemberStory.New();
        var databases = new[] { await system.ConnectionStringAsync(ResourceNames.RevenueDb), await system.ConnectionStringAsync(ResourceNames.ActivityDb) };
        await using var bus = await SystemBus.StartAsync(system, Cancel);

        foreach (var message in story.InOrder(order).Concat(story.InOrder(order, again: true)))
        {
            await PublishAsync(bus, message);
            foreach (var database in databases)
            {
                await Eventually.Until(() => AppliedAsync(database, message.EventId), Patience, $"{message.GetType().Name} applied by every copy ({order})");
            }
        }

        foreach (var database in databases)
        {
            Assert.Equal(story.Final, await ReadAsync(database, story.MemberId));
        }
    }

    private static Task PublishAsync(SystemBus bus, IIntegrationEvent message) => message switch
    {
        MemberJoined joined => bus.PublishAsync(joined, Cancel),
        MemberChanged changed => bus.PublishAsync(changed, Cancel),
        MemberLeft left => bus.PublishAsync(left, Cancel),
        _ => throw new ArgumentException($"{message.GetType()} is not a member event.", nameof(message)),
    };

    /// <summary>The copy's inbox has recorded the event, so its effect, if any, is committed.</summary>
    private static async Task<bool> AppliedAsync(string database, Guid eventId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = @id", connection);
        command.Parameters.AddWithValue("id", eventId);
        return (long)(await command.ExecuteScalarAsync(Cancel))! == 1;
    }

    /// <summary>The member as the service's copy holds it, read through the shared model alone.</summary>
    private static async Task<RosterMember?> ReadAsync(string database, Guid memberId)
    {
        await using var db = new MemberDb(new DbContextOptionsBuilder<MemberDb>().UseNpgsql(database).UseSnakeCaseNamingConvention().Options);
        return await db.Set<RosterMember>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, Cancel);
    }

    private sealed class MemberDb(DbContextOptions<MemberDb> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMemberReplica();
    }

    /// <summary>One member's joining (version 100), a change of its name, kind and contracts (200) and its removal (300).</summary>
    private sealed record MemberStory(Guid MemberId, MemberJoined Joined, MemberChanged Changed, MemberLeft Left)
    {
        public static MemberStory New()
        {
            var memberId = Guid.CreateVersion7();
            var allianceId = Guid.CreateVersion7();
            // Whole microseconds, as PostgreSQL keeps them.
            var now = DateTimeOffset.UtcNow;
            var at = new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
            var joined = new MemberJoined
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at,
                Member = new MemberState
                {
                    MemberId = memberId, AllianceId = allianceId, Name = "亂序測試股份有限公司", OrganisationKind = "taiwan-company",
                    MemberKind = "firm", IsFirm = true, RegistrationNumber = "12345675", County = "臺北市", Region = "north",
                    Contracts = [new MemberContractTerm(Guid.CreateVersion7(), new DateOnly(2019, 8, 1), new DateOnly(2020, 7, 31), true, "contract")],
                    Version = 100,
                },
            };
            var changed = new MemberChanged
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at.AddMinutes(1),
                Member = joined.Member with
                {
                    Name = "亂序測試基金會", OrganisationKind = "non-research-juridical-person", MemberKind = "other", IsFirm = false,
                    RegistrationNumber = null, County = "臺南市", Region = "south",
                    Contracts = [.. joined.Member.Contracts, new MemberContractTerm(Guid.CreateVersion7(), new DateOnly(2020, 8, 1), new DateOnly(2021, 7, 31), false, "cooperation-project")],
                    Version = 200,
                },
            };
            var left = new MemberLeft { EventId = Guid.CreateVersion7(), OccurredAt = at.AddMinutes(2), MemberId = memberId, AllianceId = allianceId, Version = 300 };
            return new MemberStory(memberId, joined, changed, left);
        }

        /// <summary>Described as the change describes it, a member of nothing since its removal.</summary>
        public RosterMember Final => new()
        {
            Id = MemberId, AllianceId = Changed.Member.AllianceId, Name = Changed.Member.Name, OrganisationKind = Changed.Member.OrganisationKind,
            MemberKind = Changed.Member.MemberKind, IsFirm = Changed.Member.IsFirm, RegistrationNumber = Changed.Member.RegistrationNumber,
            County = Changed.Member.County, Region = Changed.Member.Region, Contracts = RosterMemberContracts.None,
            DetailsVersion = Changed.Member.Version, SourceVersion = Left.Version, LeftAt = Left.OccurredAt, LeftVersion = Left.Version,
        };

        /// <summary>The three events in <paramref name="order"/> (J, C, L); <paramref name="again"/> re-sends them under new event ids.</summary>
        public IEnumerable<IIntegrationEvent> InOrder(string order, bool again = false) => order.Select(letter => letter switch
        {
            'J' => again ? Joined with { EventId = Guid.CreateVersion7() } : (IIntegrationEvent)Joined,
            'C' => again ? Changed with { EventId = Guid.CreateVersion7() } : Changed,
            'L' => again ? Left with { EventId = Guid.CreateVersion7() } : Left,
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        });
    }
}
