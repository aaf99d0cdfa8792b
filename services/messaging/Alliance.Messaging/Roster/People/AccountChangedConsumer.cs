using Alliance.Contracts.Accounts;
using Alliance.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

/// <summary>Applies AccountChanged to the copy with <see cref="PeopleRules"/>, under a lock on the person's row.</summary>
public sealed class AccountChangedConsumer<TDb>(TDb db, TimeProvider clock) : InboxConsumer<AccountChanged, TDb>(db, clock)
    where TDb : DbContext
{
    private const string LockRow = "SELECT * FROM " + PeopleModel.PeopleTable + " WHERE user_id = {0} FOR UPDATE";

    protected override async Task ApplyAsync(AccountChanged message, CancellationToken cancellationToken)
    {
        var held = (await Db.Set<RosterPerson>().FromSqlRaw(LockRow, message.UserId).ToListAsync(cancellationToken)).SingleOrDefault();
        var merged = PeopleRules.Apply(held, message);
        if (held is null)
        {
            // Two first copies at once collide on the key; MassTransit's retry then merges into the winner's row.
            Db.Add(merged);
        }
        else
        {
            Db.Entry(held).CurrentValues.SetValues(merged);
        }
    }
}
