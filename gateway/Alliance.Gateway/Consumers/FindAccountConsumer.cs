using Alliance.Contracts.Accounts;
using Alliance.Gateway.Data;
using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Consumers;

/// <summary>
/// Answers another service's question whether a user name names an account, from the accounts as
/// they are now (ADR-009). A question, not an event: it changes nothing, so it needs no inbox.
/// </summary>
public sealed class FindAccountConsumer(GatewayDbContext db, ILookupNormalizer normalizer) : IConsumer<FindAccount>
{
    public async Task Consume(ConsumeContext<FindAccount> context)
    {
        var normalized = normalizer.NormalizeName(context.Message.UserName.Trim());
        var account = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized)
            .Select(u => new { u.UserName, u.Disabled })
            .SingleOrDefaultAsync(context.CancellationToken);

        if (account is null)
        {
            await context.RespondAsync(new AccountNotFound { UserName = context.Message.UserName });
            return;
        }

        await context.RespondAsync(new AccountFound { UserName = account.UserName!, Disabled = account.Disabled });
    }
}
