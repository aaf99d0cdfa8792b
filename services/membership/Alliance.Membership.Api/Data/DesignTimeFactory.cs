using Alliance.Messaging;

namespace Alliance.Membership.Api.Data;

internal sealed class DesignTimeFactory : ServiceDesignTimeFactory<MembershipDbContext>;
