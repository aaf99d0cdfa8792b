using Alliance.Contracts.SiteVisit;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Consumers;

public sealed class ReviewerUnassignedConsumer(GatewayDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
    : ReviewerAssignmentConsumer<ReviewerUnassigned>(db, normalizer, clock)
{
    protected override (string ReviewerUserName, Guid VisitId) KeyOf(ReviewerUnassigned message) => (message.ReviewerUserName, message.VisitId);

    protected override ReviewerAssignment Merge(ReviewerAssignment? held, Guid userId, ReviewerUnassigned message) =>
        ReviewerAssignmentRules.Apply(held, userId, message);
}
