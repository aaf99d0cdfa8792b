using Alliance.Messaging;

namespace Alliance.Gateway.Data;

internal sealed class DesignTimeFactory : ServiceDesignTimeFactory<GatewayDbContext>;
