using Alliance.Revenue.Api.Consumers;
using Alliance.Revenue.Api.Data;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
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
            consumers.AddConsumer<MemberJoinedConsumer>();
            consumers.AddConsumer<MemberChangedConsumer>();
            consumers.AddConsumer<MemberLeftConsumer>();
        });
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
