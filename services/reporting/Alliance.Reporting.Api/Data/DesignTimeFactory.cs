using Alliance.Messaging;

namespace Alliance.Reporting.Api.Data;

internal sealed class DesignTimeFactory : ServiceDesignTimeFactory<ReportingDbContext>;
