using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.Members;
using Alliance.Messaging.Roster.People;
using Alliance.Reporting.Api.Consumers;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Reminders;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;

namespace Alliance.Reporting.Api;

internal static class Extensions
{
    public const string PublicPrefix = "/api/reporting";

    public static IHostApplicationBuilder AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDbContext>(ResourceNames.ReportingDb);
        builder.AddInternalAuthentication(ResourceNames.Reporting);
        builder.AddAllianceMessaging<ReportingDbContext>(ResourceNames.Reporting, consumers =>
        {
            consumers.AddRosterReplica<ReportingDbContext>();
            consumers.AddPeopleReplica<ReportingDbContext>();
            // The copies a summary table counts from: members, incomes, subsidies and activities.
            consumers.AddMemberReplica<ReportingDbContext>();
            consumers.AddConsumer<IncomeRecordedConsumer>();
            consumers.AddConsumer<IncomeCorrectedConsumer>();
            consumers.AddConsumer<IncomeVoidedConsumer>();
            consumers.AddConsumer<SubsidySetConsumer>();
            consumers.AddConsumer<ActivityRecordedConsumer>();
            consumers.AddConsumer<ActivityCorrectedConsumer>();
            consumers.AddConsumer<ActivityVoidedConsumer>();
            // Site-visit's abnormal flags and outstanding alliances, for the programme's alliance list.
            consumers.AddConsumer<AllianceFlaggedAbnormalConsumer>();
            consumers.AddConsumer<AllianceFlagClearedConsumer>();
            consumers.AddConsumer<OutstandingAllianceSelectedConsumer>();
        });
        // An alliance the roster copy learns of gets its phase recorded for every open year.
        builder.Services.AddScoped<IRosterCopyObserver<ReportingDbContext>, NewAlliancePhases>();
        builder.AddReminders();
        // Here, not in ServiceDefaults: the validation source generator only sees calls in this project.
        builder.Services.AddValidation();
        return builder;
    }
}
