using Alliance.Contracts.Revenue;
using Alliance.Membership.Api.Data;
using Alliance.Messaging.Inbox;

namespace Alliance.Membership.Api.Consumers;

/// <summary>
/// The special case of DOMAIN.md's "Members": a firm that signed a cooperation project about the
/// core technology with the PI counts as a member over the project's period, like a free contract.
/// </summary>
public sealed class CooperationProjectRecordedConsumer(MembershipDbContext db, TimeProvider clock)
    : InboxConsumer<CooperationProjectRecorded, MembershipDbContext>(db, clock)
{
    private readonly TimeProvider clock = clock;

    protected override Task ApplyAsync(CooperationProjectRecorded message, CancellationToken cancellationToken) =>
        new DerivedMemberships(Db, clock).ApplyAsync(message, cancellationToken);
}

/// <summary>A voided cooperation project no longer makes its firm a member.</summary>
public sealed class IncomeVoidedConsumer(MembershipDbContext db, TimeProvider clock)
    : InboxConsumer<IncomeVoided, MembershipDbContext>(db, clock)
{
    private readonly TimeProvider clock = clock;

    protected override Task ApplyAsync(IncomeVoided message, CancellationToken cancellationToken) =>
        message.Category == DerivedMemberships.CooperationCategory
            ? new DerivedMemberships(Db, clock).WithdrawAsync(message.IncomeId, message.Version, cancellationToken)
            : Task.CompletedTask;
}
