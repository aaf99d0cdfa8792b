namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// Who the gateway forwards a request for. <paramref name="ScopeVersion"/> must change whenever the
/// user's roles or alliances change: issued tokens are cached under it.
/// </summary>
public sealed record InternalCaller(string UserName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Alliances, long ScopeVersion);
