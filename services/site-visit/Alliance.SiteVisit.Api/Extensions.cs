using Alliance.SiteVisit.Api.Data;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.People;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;

namespace Alliance.SiteVisit.Api;

internal static class Extensions
{
    public const string PublicPrefix = "/api/site-visits";

    public static IHostApplicationBuilder AddSiteVisitServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SiteVisitDbContext>(ResourceNames.SiteVisitDb);
        builder.AddInternalAuthentication(ResourceNames.SiteVisit);
        builder.AddAllianceMessaging<SiteVisitDbContext>(ResourceNames.SiteVisit, consumers =>
        {
            consumers.AddRosterReplica<SiteVisitDbContext>();
            consumers.AddPeopleReplica<SiteVisitDbContext>();
        });
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
