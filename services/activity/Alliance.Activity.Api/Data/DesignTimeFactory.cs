using Alliance.Messaging;

namespace Alliance.Activity.Api.Data;

internal sealed class DesignTimeFactory : ServiceDesignTimeFactory<ActivityDbContext>;
