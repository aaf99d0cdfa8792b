using Alliance.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

public sealed class AssistantApprovedConsumer<TDb>(TDb db, TimeProvider clock) : AssistantApprovalConsumer<AssistantApproved, TDb>(db, clock)
    where TDb : DbContext
{
    protected override (Guid UserId, Guid AllianceId) KeyOf(AssistantApproved message) => (message.UserId, message.AllianceId);

    protected override AssistantApproval Merge(AssistantApproval? held, AssistantApproved message) => PeopleRules.Apply(held, message);
}
