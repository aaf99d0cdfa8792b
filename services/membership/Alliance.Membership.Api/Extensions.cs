using Alliance.Contracts.Accounts;
using Alliance.Membership.Api.Accounts;
using Alliance.Membership.Api.Consumers;
using Alliance.Membership.Api.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using MassTransit;

namespace Alliance.Membership.Api;

internal static class Extensions
{
    public const string PublicPrefix = "/api/membership";

    public static IHostApplicationBuilder AddMembershipServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembershipDbContext>(ResourceNames.MembershipDb);
        builder.AddInternalAuthentication(ResourceNames.Membership);
        builder.AddAllianceMessaging<MembershipDbContext>(ResourceNames.Membership, consumers =>
        {
            consumers.AddConsumer<CooperationProjectRecordedConsumer>();
            consumers.AddConsumer<IncomeVoidedConsumer>();
            consumers.AddRequestClient<FindAccount>(RequestTimeout.After(s: (int)AccountDirectory.Patience.TotalSeconds));
        });
        builder.Services.AddScoped<AccountDirectory>();
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
