using MassTransit;

namespace Alliance.Contracts.Accounts;

/// <summary>
/// A question to the gateway, which owns the accounts: which account, if any, does this user name
/// name? Sent as a request over the bus and answered from the gateway's database, for a check that
/// must see an account created a moment ago (ADR-009). Answered by <see cref="AccountFound"/> or
/// <see cref="AccountNotFound"/>.
/// </summary>
[MessageUrn("alliance:gateway:find-account:v1")]
public sealed record FindAccount
{
    public required string UserName { get; init; }
}

/// <summary>The account a <see cref="FindAccount"/> named, with its user name spelled as the account spells it.</summary>
[MessageUrn("alliance:gateway:account-found:v1")]
public sealed record AccountFound
{
    public required string UserName { get; init; }
    public required bool Disabled { get; init; }
}

/// <summary>No account has the user name a <see cref="FindAccount"/> asked about.</summary>
[MessageUrn("alliance:gateway:account-not-found:v1")]
public sealed record AccountNotFound
{
    public required string UserName { get; init; }
}
