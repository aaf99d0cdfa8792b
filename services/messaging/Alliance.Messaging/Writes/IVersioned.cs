namespace Alliance.Messaging.Writes;

/// <summary>
/// A record users edit, guarded by an application version (ADR-010): 0 before it is first stored,
/// 1 when stored, one more with every change. Only <see cref="Versions"/> sets it; the model makes it
/// the concurrency token (<see cref="Versions.AddVersionTokens"/>), so a write that read an older
/// version changes nothing.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}

