using Alliance.Revenue.Api.Consumers;
using Alliance.Revenue.Api.Data;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.Members;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;

namespace Alliance.Revenue.Api;

internal static class Extensions
{
    public const string PublicPrefix = "/api/revenue";

    public static IHostApplicationBuilder AddRevenueServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RevenueDbContext>(ResourceNames.RevenueDb);
        builder.AddInternalAuthentication(ResourceNames.Revenue);
        builder.AddAllianceMessaging<RevenueDbContext>(ResourceNames.Revenue, consumers =>
        {
            consumers.AddRosterReplica<RevenueDbContext>();
            consumers.AddMemberReplica<RevenueDbContext>();
        });
        // Entries naming a member are re-checked whenever revenue's copy of it changes.
        builder.Services.AddScoped<IMemberCopyObserver<RevenueDbContext>, MemberCopies>();
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
