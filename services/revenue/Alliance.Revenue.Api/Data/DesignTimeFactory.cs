using Alliance.Messaging;

namespace Alliance.Revenue.Api.Data;

internal sealed class DesignTimeFactory : ServiceDesignTimeFactory<RevenueDbContext>;
