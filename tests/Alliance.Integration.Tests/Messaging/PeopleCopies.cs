using Alliance.Integration.Tests.Infrastructure;
using Alliance.Messaging.Roster.People;
using Alliance.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>The copies of the people that reporting and site-visit keep, read from their databases.</summary>
public sealed class PeopleCopies(SystemFixture system)
{
    public static readonly string[] Databases = [ResourceNames.ReportingDb, ResourceNames.SiteVisitDb];

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

    public async Task<RosterPerson?> PersonAsync(string database, Guid userId)
    {
        await using var db = await OpenAsync(database);
        return await db.Set<RosterPerson>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, TestContext.Current.CancellationToken);
    }

    public async Task<AssistantApproval?> ApprovalAsync(string database, Guid userId, Guid allianceId)
    {
        await using var db = await OpenAsync(database);
        return await db.Set<AssistantApproval>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.UserId == userId && a.AllianceId == allianceId, TestContext.Current.CancellationToken);
    }

    /// <summary>The service's database seen through the shared people model alone, for the query helpers.</summary>
    public async Task<DbContext> OpenAsync(string database) =>
        new PeopleDb(new DbContextOptionsBuilder<PeopleDb>()
            .UseNpgsql(await system.ConnectionStringAsync(database))
            .UseSnakeCaseNamingConvention()
            .Options);

    private sealed class PeopleDb(DbContextOptions<PeopleDb> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPeopleReplica();
    }
}
