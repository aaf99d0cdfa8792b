using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>What membership wrote to its outbox, read from its database.</summary>
public static class OutboxEvents
{
    /// <summary>The event types (short names) written about <paramref name="memberId"/>, in order.</summary>
    public static async Task<string[]> OfMemberAsync(SystemFixture system, Guid memberId)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.MembershipDb));
        await connection.OpenAsync(cancel);
        await using var command = new NpgsqlCommand(
            "SELECT message_type FROM outbox_messages WHERE payload->'member'->>'memberId' = @id OR payload->>'memberId' = @id ORDER BY sequence", connection);
        command.Parameters.AddWithValue("id", memberId.ToString());
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            types.Add(reader.GetString(0).Split('.')[^1]);
        }

        return [.. types];
    }
}
