using Alliance.Contracts.Accounts;
using Alliance.ServiceDefaults.Problems;
using MassTransit;

namespace Alliance.Membership.Api.Accounts;

/// <summary>
/// Asks the gateway, which owns the accounts, whether a user name names one (ADR-009). The answer is
/// as current as the gateway's database, so an account created a moment ago is found: a copy fed by
/// events could still be behind when a script creates a PI's account and at once registers the alliance.
/// </summary>
public sealed class AccountDirectory(IRequestClient<FindAccount> client)
{
    /// <summary>How long a write waits for the gateway before answering 503; the gateway answers in milliseconds when it is up.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <returns>the user name as the account spells it</returns>
    /// <exception cref="DomainException">422 <c>unknown-account</c> on <paramref name="field"/> when no account has the name; 503 when the gateway does not answer</exception>
    public async Task<string> RequireAccountAsync(string field, string userName, CancellationToken cancellationToken)
    {
        Response<AccountFound, AccountNotFound> response;
        try
        {
            response = await client.GetResponse<AccountFound, AccountNotFound>(new FindAccount { UserName = userName }, cancellationToken);
        }
        catch (Exception exception) when (exception is RequestTimeoutException or RequestFaultException)
        {
            throw new DomainException(ErrorCode.Unavailable, new(
                "目前無法確認帳號，請稍後再試。", "The accounts cannot be checked just now; try again shortly."));
        }

        return response.Is(out Response<AccountFound>? found)
            ? found.Message.UserName
            : throw UnknownAccount(field, userName);
    }

    private static DomainException UnknownAccount(string field, string userName) => DomainException.RuleViolated(field, new(
        $"沒有使用者名稱為「{userName}」的帳號，請先建立帳號。",
        $"No account has the user name '{userName}'; create the account first."), "unknown-account");
}
