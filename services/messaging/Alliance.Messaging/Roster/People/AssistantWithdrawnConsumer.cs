using Alliance.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

public sealed class AssistantWithdrawnConsumer<TDb>(TDb db, TimeProvider clock) : AssistantApprovalConsumer<AssistantWithdrawn, TDb>(db, clock)
    where TDb : DbContext
{
    protected override (Guid UserId, Guid AllianceId) KeyOf(AssistantWithdrawn message) => (message.UserId, message.AllianceId);

    protected override AssistantApproval Merge(AssistantApproval? held, AssistantWithdrawn message) => PeopleRules.Apply(held, message);
}
