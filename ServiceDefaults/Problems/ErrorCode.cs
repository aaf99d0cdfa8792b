namespace Alliance.ServiceDefaults.Problems;

/// <summary>The closed set of ways a request can fail on purpose; each maps to one HTTP status.</summary>
public enum ErrorCode
{
    /// <summary>Malformed input: a field that breaks its own format (400).</summary>
    Invalid,
    /// <summary>Well-formed input that breaks a rule of the domain (422).</summary>
    RuleViolated,
    /// <summary>The record does not exist, or the caller may not know it exists (404).</summary>
    NotFound,
    /// <summary>A duplicate of something that must be unique (409).</summary>
    Conflict,
    /// <summary>The caller edited a version that is no longer current (409).</summary>
    StaleVersion,
    /// <summary>The caller is known but may not do this (403).</summary>
    Forbidden,
    /// <summary>Something the request depends on did not answer in time; trying again later may succeed (503).</summary>
    Unavailable,
}
