using Alliance.Messaging.Roster;
using Alliance.ServiceDefaults;
using Alliance.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>The copies of the alliance roster that revenue, activity, site-visit, reporting and the gateway keep, read from their databases.</summary>
public sealed class RosterCopies(SystemFixture system)
{
    public static readonly string[] Databases = [ResourceNames.RevenueDb, ResourceNames.ActivityDb, ResourceNames.SiteVisitDb, ResourceNames.ReportingDb, ResourceNames.GatewayDb];

    /// <summary>Every copy's inbox has recorded the event, so its effect, if any, is committed.</summary>
    public async Task<bool> AllAppliedAsync(Guid eventId)
    {
        foreach (var database in Databases)
        {
            await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = @id", connection);
            command.Parameters.AddWithValue("id", eventId);
            if ((long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))! == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The alliance as the service's copy holds it, null when the copy does not know it.</summary>
    public async Task<RosterAlliance?> ReadAsync(string database, Guid allianceId)
    {
        await using var db = new RosterDb(new DbContextOptionsBuilder<RosterDb>()
            .UseNpgsql(await system.ConnectionStringAsync(database))
            .UseSnakeCaseNamingConvention()
            .Options);
        return await db.Set<RosterAlliance>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == allianceId, TestContext.Current.CancellationToken);
    }

    /// <summary>Any service's database seen through the shared roster model alone.</summary>
    private sealed class RosterDb(DbContextOptions<RosterDb> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddRosterReplica();
    }
}
