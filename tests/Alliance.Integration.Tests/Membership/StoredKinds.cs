using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Membership;

/// <summary>Members written straight into membership's database, with a kind the API would never store today.</summary>
public static class StoredKinds
{
    public static async Task<NpgsqlConnection> OpenAsync(Infrastructure.SystemFixture system)
    {
        var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.MembershipDb));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>Inserts a member of <paramref name="allianceId"/> whose stored kind is <paramref name="kind"/>; returns its id.</summary>
    public static async Task<Guid> InsertMemberAsync(NpgsqlConnection connection, Guid allianceId, string name, string kind, NpgsqlTransaction? transaction = null)
    {
        var id = Guid.CreateVersion7();
        await using var command = new NpgsqlCommand(
            "INSERT INTO members (id, alliance_id, name, kind, county, created_at, version) VALUES (@id, @alliance, @name, @kind, '臺北市', now(), 1)",
            connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("alliance", allianceId);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("kind", kind);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return id;
    }
}
