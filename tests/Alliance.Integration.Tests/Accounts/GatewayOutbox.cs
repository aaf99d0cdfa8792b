using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>What the gateway wrote to its outbox, read from its database.</summary>
public static class GatewayOutbox
{
    /// <param name="Type">the event type's short name</param>
    public sealed record Event(string Type, JsonElement Payload)
    {
        public long Version => Payload.GetProperty("version").GetInt64();
    }

    /// <summary>The events written about the account <paramref name="userName"/>, in the order they were written.</summary>
    public static async Task<Event[]> OfAccountAsync(SystemFixture system, string userName)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.GatewayDb));
        await connection.OpenAsync(cancel);
        await using var command = new NpgsqlCommand(
            "SELECT message_type, payload::text FROM outbox_messages WHERE payload->>'userName' = @name ORDER BY sequence", connection);
        command.Parameters.AddWithValue("name", userName);
        var events = new List<Event>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            using var payload = JsonDocument.Parse(reader.GetString(1));
            events.Add(new Event(reader.GetString(0).Split('.')[^1], payload.RootElement.Clone()));
        }

        return [.. events];
    }
}
