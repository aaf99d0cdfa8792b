using Alliance.Contracts.SiteVisit;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Consumers;

public sealed class ReviewerAssignedConsumer(GatewayDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
    : ReviewerAssignmentConsumer<ReviewerAssigned>(db, normalizer, clock)
{
    protected override (string ReviewerUserName, Guid VisitId) KeyOf(ReviewerAssigned message) => (message.ReviewerUserName, message.VisitId);

    protected override ReviewerAssignment Merge(ReviewerAssignment? held, Guid userId, ReviewerAssigned message) =>
        ReviewerAssignmentRules.Apply(held, userId, message);
}
