namespace Alliance.Gateway.Web.Services;

/// <summary>
/// The gateway's enabled reviewer accounts, which the host may lend the pages (it holds the accounts database;
/// this library does not, ADR-012). Where the host lends none, a page asks for a user name to be typed instead,
/// and the service that receives it checks it.
/// </summary>
public interface IAccountDirectory
{
    Task<IReadOnlyList<AccountEntry>> ReviewersAsync(CancellationToken cancellationToken);
}

public sealed record AccountEntry(string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Disabled);
