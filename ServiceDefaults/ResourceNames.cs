namespace Alliance.ServiceDefaults;

/// <summary>The Aspire resource names, shared by the AppHost, the services and the tests.</summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string RabbitMq = "rabbitmq";

    public const string Membership = "membership";
    public const string Revenue = "revenue";
    public const string Activity = "activity";
    public const string SiteVisit = "site-visit";
    public const string Reporting = "reporting";
    public const string Gateway = "gateway";

    public const string MembershipDb = "membershipdb";
    public const string RevenueDb = "revenuedb";
    public const string ActivityDb = "activitydb";
    public const string SiteVisitDb = "sitevisitdb";
    public const string ReportingDb = "reportingdb";
    public const string GatewayDb = "gatewaydb";

    /// <summary>The five back-end services with the public path prefix each one owns.</summary>
    public static readonly IReadOnlyList<(string Resource, string Prefix)> Services =
    [
        (Membership, "/api/membership"),
        (Revenue, "/api/revenue"),
        (Activity, "/api/activity"),
        (SiteVisit, "/api/site-visits"),
        (Reporting, "/api/reporting"),
    ];
}
