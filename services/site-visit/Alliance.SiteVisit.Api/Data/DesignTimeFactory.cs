using Alliance.Messaging;

namespace Alliance.SiteVisit.Api.Data;

internal sealed class DesignTimeFactory : ServiceDesignTimeFactory<SiteVisitDbContext>;
