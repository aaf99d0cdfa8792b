using Alliance.Integration.Tests.Infrastructure;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Reminders;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Quartz;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// Never twice, never missed, with more than one reporting replica: two replicas over one database (each its own host with
/// reporting's reminder machinery, on one fake clock) record and mail each reminder once whether their runs meet, their
/// clustered schedulers both fire, or one dies between handing an e-mail over and marking it sent.
/// </summary>
public sealed class ReminderReplicasTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoReplicasRunningTheSameHourAtOnce_RecordEachReminderOnce_WithOneNotificationAndOneEmailEach()
    {
        await using var replicas = await ReminderReplicas.CreateAsync(system);
        var alliance = await replicas.PlantAsync();
        using var first = replicas.Build();
        using var second = replicas.Build();

        var runs = await Task.WhenAll(ReminderReplicas.RunAsync(first, "scheduled"), ReminderReplicas.RunAsync(second, "scheduled"));

        // Between them the two runs recorded each reminder once; what one recorded, the other found already recorded.
        Assert.Equal(alliance.Reminded.Length, runs.Sum(r => r.Reached));
        Assert.Equal(alliance.Reminded.Length, runs.Sum(r => r.AlreadyReminded));
        await AssertRemindedOnceAsync(replicas, alliance, attempts: 1);
    }

    [Fact]
    public async Task TwoReplicasStarted_JoinOneSchedulerCluster_AndTheirStartRunsAndBothFiringsRecordEachReminderOnce()
    {
        await using var replicas = await ReminderReplicas.CreateAsync(system);
        var alliance = await replicas.PlantAsync();
        using var first = replicas.Build();
        using var second = replicas.Build();

        // Both start at once, as replicas of one deployment do: each catch-up run and each scheduler races the other.
        await Task.WhenAll(replicas.StartAsync(first), replicas.StartAsync(second));
        // Each scheduler checks in under its own generated id: two members of one cluster, not one scheduler twice.
        var instances = await Task.WhenAll(new[] { first, second }.Select(async r => (await r.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Cancel)).SchedulerInstanceId));
        Assert.NotEqual(instances[0], instances[1]);
        await Eventually.Until(async () => await replicas.CountAsync("SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state") == 2,
            TimeSpan.FromSeconds(30), "both schedulers to have checked in to the cluster");
        foreach (var replica in new[] { first, second })
        {
            var scheduler = await replica.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Cancel);
            await scheduler.TriggerJob(ReminderJob.Key, Cancel);
        }

        // A one-off firing's trigger is deleted once its run ended: none left, none firing, means both runs are over.
        await Eventually.Until(
            async () => await replicas.CountAsync("SELECT (SELECT count(*) FROM qrtz_triggers WHERE trigger_name <> 'reminders-hourly') + (SELECT count(*) FROM qrtz_fired_triggers)") == 0,
            TimeSpan.FromSeconds(60), "both firings to have run");
        await Eventually.Until(async () => (await replicas.LogAsync()).All(e => e.EmailStatus == ReminderLogEntry.Sent), TimeSpan.FromSeconds(30), "the e-mails to be sent");
        await AssertRemindedOnceAsync(replicas, alliance, attempts: 1);
    }

    [Fact]
    public async Task AReplicaKilledAfterTheMailLeftBeforeItsMark_TheOtherSendsItAgainUnderTheSameMessageId_AndTheNotificationStaysOne()
    {
        await using var replicas = await ReminderReplicas.CreateAsync(system);
        var alliance = await replicas.PlantAsync();
        using var dying = replicas.Build(mail => new DyingMail(mail));
        using var survivor = replicas.Build();

        // The dying replica records the reminders (committed with their notifications), hands the first e-mail over and dies
        // before marking it: its sending transaction never commits.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReminderReplicas.RunAsync(dying, "scheduled"));
        var afterDeath = await replicas.LogAsync();
        Assert.Equal(alliance.Reminded, afterDeath.Select(e => e.UserName).ToArray());
        Assert.All(afterDeath, e => Assert.Equal((ReminderLogEntry.Retrying, 0), (e.EmailStatus, e.EmailAttempts)));
        Assert.Single(replicas.MailFiles());

        // The survivor's next sweep sends every e-mail still due: the one already delivered goes again, under its Message-ID.
        var tried = await survivor.Services.GetRequiredService<ReminderMailer>().SendDueAsync(Cancel);

        Assert.Equal(alliance.Reminded.Length, tried);
        await AssertRemindedOnceAsync(replicas, alliance, attempts: 1);
    }

    /// <summary>One log row, one notification and one .eml (named and identified by the row's Message-ID) per person reminded.</summary>
    private static async Task AssertRemindedOnceAsync(ReminderReplicas replicas, PlantedAlliance alliance, int attempts)
    {
        var log = await replicas.LogAsync();
        Assert.Equal(alliance.Reminded, log.Select(e => e.UserName).ToArray());
        Assert.All(log, e =>
        {
            Assert.Equal(("targets", "reminder", alliance.Id), (e.Deadline, e.Kind, e.AllianceId));
            Assert.Equal((ReminderLogEntry.Sent, attempts), (e.EmailStatus, e.EmailAttempts));
        });
        var notifications = await replicas.NotificationsAsync();
        Assert.Equal(alliance.Reminded, notifications.Select(n => n.UserName).ToArray());
        Assert.Equal(log.Select(e => e.Id).Order(), notifications.Select(n => n.ReminderId).Order());

        var files = replicas.MailFiles();
        Assert.Equal(log.Select(e => $"{e.MessageId.Split('@')[0]}.eml").Order(StringComparer.Ordinal), files);
        foreach (var entry in log)
        {
            var message = await MimeMessage.LoadAsync(Path.Combine(replicas.MailFolder, $"{entry.MessageId.Split('@')[0]}.eml"), TestContext.Current.CancellationToken);
            Assert.Equal(entry.MessageId, message.MessageId);
            Assert.Equal(entry.Email, message.To.Mailboxes.Single().Address);
        }
    }

    /// <summary>Hands a message over, then "dies": the process ends before the mailer can mark the row sent.</summary>
    private sealed class DyingMail(IReminderMail inner) : IReminderMail
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            throw new OperationCanceledException("The process died after the message was handed over.");
        }
    }
}
