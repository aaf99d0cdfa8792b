namespace Alliance.Messaging.Outbox;

public sealed class OutboxRelayOptions
{
    /// <summary>How long the relay sleeps when no NOTIFY arrives; a safety net, not the wake-up path.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a standby relay asks for the leader's advisory lock.</summary>
    public TimeSpan LeadershipRetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 100;
}
