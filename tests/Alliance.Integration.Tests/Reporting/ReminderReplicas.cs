using Alliance.Integration.Tests.Infrastructure;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.People;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Reminders;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// A reporting database of one test's own on the run's PostgreSQL, migrated as the service migrates its own, and
/// "replicas": hosts that run reporting's real reminder machinery (the run, the mailer, the catch-up on start and the
/// clustered Quartz scheduler) over it, on one shared fake clock, each writing its e-mails into the same folder.
/// </summary>
internal sealed class ReminderReplicas : IAsyncDisposable
{
    private readonly List<IHost> _started = [];

    private ReminderReplicas(string database) => Database = database;

    public string Database { get; }

    public string MailFolder { get; } = TestData.NewFolder("reminder-replicas");

    /// <summary>
    /// Taiwan's 09:00 on 2019-04-01 (fourteen days before year 108's targets deadline, 04-15: the reminder hour) when the
    /// replicas start, running on from there: Quartz takes the container's clock too, and a clock held still would never
    /// let a scheduler fire or stop.
    /// </summary>
    public TimeProvider Clock { get; } = new ShiftedClock(new DateTimeOffset(2019, 4, 1, 1, 0, 0, TimeSpan.Zero));

    public static async Task<ReminderReplicas> CreateAsync(SystemFixture system)
    {
        var server = await system.ConnectionStringAsync(ResourceNames.Postgres);
        var database = new NpgsqlConnectionStringBuilder(server) { Database = $"reminders_{Guid.NewGuid():N}" }.ConnectionString;
        var replicas = new ReminderReplicas(database);
        using var migrator = replicas.Build();
        await using var scope = migrator.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Database.MigrateAsync();
        return replicas;
    }

    /// <summary>A replica, built but not started: its hosted services (catch-up, scheduler) run only once it is started.</summary>
    /// <param name="mail">the replica's own e-mail transport; by default the .eml folder</param>
    public IHost Build(Func<IReminderMail, IReminderMail>? mail = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[$"ConnectionStrings:{ResourceNames.ReportingDb}"] = Database;
        builder.Configuration[$"{ReminderOptions.Section}:Mail:Folder"] = MailFolder;
        builder.Configuration[$"{ReminderOptions.Section}:SiteUrl"] = "http://alliance.test";
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddServiceDatabase<ReportingDbContext>(ResourceNames.ReportingDb);
        builder.AddReminders();
        if (mail is not null)
        {
            builder.Services.AddSingleton(mail(new FolderReminderMail(MailFolder)));
        }

        return builder.Build();
    }

    /// <summary>Starts a replica as the service starts: its catch-up run and its scheduler, which joins the cluster.</summary>
    public async Task StartAsync(IHost replica)
    {
        _started.Add(replica);
        await replica.StartAsync();
    }

    /// <summary>
    /// Year 108 opened with its default deadlines, one alliance of it with its PI, an approved assistant and one not yet
    /// approved (each with an address), and a centre administrator. On the clock's day only the targets reminder is due:
    /// to the PI and the approved assistant.
    /// </summary>
    public async Task<PlantedAlliance> PlantAsync()
    {
        await using var db = OpenDb();
        var alliance = new RosterAlliance
        {
            Id = Guid.NewGuid(), Code = "RR-01", Name = "複本測試聯盟", PiUserName = "rr.pi", DomainCode = "smart-manufacturing",
            Phase = 1, YearInPhase = 1, DetailsVersion = 1, RegisteredAt = Clock.GetUtcNow(),
        };
        db.Years.Add(new ReportingYear { Year = 108, OpenedBy = "rr.centre", OpenedAt = Clock.GetUtcNow() });
        db.Alliances.Add(alliance);
        db.Phases.Add(new AllianceYearPhase { AllianceId = alliance.Id, Year = 108, Phase = 1, YearInPhase = 1, Source = "opening" });
        var (approved, pending) = (Guid.NewGuid(), Guid.NewGuid());
        db.Set<RosterPerson>().AddRange(
            Person("rr.pi", Roles.Pi), Person("rr.assistant", Roles.Assistant, approved), Person("rr.pending", Roles.Assistant, pending),
            Person("rr.centre", Roles.CentreAdmin));
        db.Set<AssistantApproval>().AddRange(
            new AssistantApproval { UserId = approved, AllianceId = alliance.Id, UserName = "rr.assistant", AllianceCode = alliance.Code, Approved = true, Version = 1 },
            new AssistantApproval { UserId = pending, AllianceId = alliance.Id, UserName = "rr.pending", AllianceCode = alliance.Code, Approved = false, Version = 1 });
        await db.SaveChangesAsync();
        return new PlantedAlliance(alliance.Id, ["rr.assistant", "rr.pi"]);
    }

    public ReportingDbContext OpenDb() =>
        new(new DbContextOptionsBuilder<ReportingDbContext>().UseNpgsql(Database).UseSnakeCaseNamingConvention().Options);

    public async Task<ReminderLogEntry[]> LogAsync()
    {
        await using var db = OpenDb();
        return await db.ReminderLog.AsNoTracking().OrderBy(e => e.UserName).ToArrayAsync();
    }

    public async Task<Notification[]> NotificationsAsync()
    {
        await using var db = OpenDb();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.UserName).ToArrayAsync();
    }

    /// <summary>The .eml files the replicas wrote, by file name.</summary>
    public string[] MailFiles() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray() : [];

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One replica's run, in a scope of its own as Quartz or the catch-up gives it.</summary>
    public static async Task<Recorded> RunAsync(IHost replica, string trigger)
    {
        await using var scope = replica.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(trigger, CancellationToken.None);
    }

    private static RosterPerson Person(string userName, string role, Guid? id = null) => new()
    {
        UserId = id ?? Guid.NewGuid(), UserName = userName, DisplayName = userName, Email = $"{userName}@alliance.test", Roles = [role], Version = 1,
    };

    /// <summary>
    /// Stops the started replicas. The database is left to the run's PostgreSQL, which goes with the run: dropping it would
    /// force an immediate checkpoint of the whole server, a stall every other test running meanwhile would wait out.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var host in _started)
        {
            await Messaging.ProbeBed.StopAsync(host);
        }

        TestData.Remove(MailFolder);
    }
}

/// <summary>The machine's clock moved to another instant: it runs at the machine's pace, so timers and delays behave as on the real one.</summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}

/// <param name="Reminded">the user names the day's reminder reaches, in order</param>
internal sealed record PlantedAlliance(Guid Id, string[] Reminded);
