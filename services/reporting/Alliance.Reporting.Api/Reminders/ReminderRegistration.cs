using Alliance.ServiceDefaults;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Quartz;

namespace Alliance.Reporting.Api.Reminders;

internal static class ReminderRegistration
{
    private static readonly TimeZoneInfo Taiwan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");

    /// <summary>
    /// The reminders: their options, the mail (SMTP when a host is configured, else .eml files under the data folder),
    /// the hourly Quartz job in a clustered PostgreSQL store in reporting's own database, the catch-up on start, and the meter.
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IReminderMail>(services =>
        {
            var mail = services.GetRequiredService<IOptions<ReminderOptions>>().Value.Mail;
            return string.IsNullOrWhiteSpace(mail.SmtpHost)
                ? new FolderReminderMail(MailFolder(builder.Configuration, mail))
                : new SmtpReminderMail(services.GetRequiredService<IOptions<ReminderOptions>>());
        });
        builder.Services.AddSingleton<ReminderMailer>();
        builder.Services.AddScoped<ReminderRun>();
        builder.Services.AddHostedService<ReminderCatchUp>();

        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.ReportingDb)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.ReportingDb}' is missing.");
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering();
            });
            quartz.ScheduleJob<ReminderJob>(
                trigger => trigger.WithIdentity(ReminderJob.Hourly).WithCronSchedule("0 0 * * * ?", cron => cron.InTimeZone(Taiwan)),
                job => job.WithIdentity(ReminderJob.Key));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(ReminderTelemetry.MeterName));
        return builder;
    }

    /// <summary>The .eml folder: the configured one, else <c>mail</c> under the data folder the AppHost names, else under the working folder.</summary>
    public static string MailFolder(IConfiguration configuration, MailOptions mail) =>
        Path.GetFullPath(mail.Folder is { Length: > 0 } folder ? folder
            : Path.Combine(configuration["Alliance:DataDirectory"] is { Length: > 0 } data ? data : ".alliance-data", "mail"));
}
