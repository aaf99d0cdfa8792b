using Alliance.Activity.Api.Consumers;
using Alliance.Activity.Api.Data;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.Members;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;

namespace Alliance.Activity.Api;

internal static class Extensions
{
    public const string PublicPrefix = "/api/activity";

    public static IHostApplicationBuilder AddActivityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ActivityDbContext>(ResourceNames.ActivityDb);
        builder.AddInternalAuthentication(ResourceNames.Activity);
        builder.AddAllianceMessaging<ActivityDbContext>(ResourceNames.Activity, consumers =>
        {
            consumers.AddRosterReplica<ActivityDbContext>();
            consumers.AddMemberReplica<ActivityDbContext>();
        });
        // Records naming a member are re-checked whenever activity's copy of it changes.
        builder.Services.AddScoped<IMemberCopyObserver<ActivityDbContext>, MemberCopies>();
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
