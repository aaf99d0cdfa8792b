using Alliance.Activity.Api.Data;
using Alliance.Messaging;
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
        builder.AddAllianceMessaging<ActivityDbContext>(ResourceNames.Activity);
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
