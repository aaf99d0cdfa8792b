using Alliance.Gateway.Identity;
using Alliance.Messaging;
using Alliance.Messaging.Roster;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Data;

public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options)
    : IdentityDbContext<GatewayUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<RosterAlliance> Alliances => Set<RosterAlliance>();
    public DbSet<AssistantRegistration> Registrations => Set<AssistantRegistration>();
    public DbSet<ReviewerAssignment> ReviewerAssignments => Set<ReviewerAssignment>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<BrowserSession> BrowserSessions => Set<BrowserSession>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The shadow property over a user row's <c>xmin</c>.</summary>
    private const string RowVersion = "RowVersion";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.AddOutboxAndInbox();
        builder.AddRosterReplica();

        // Identity's saves of a user are checked against the row version (xmin), which every write moves;
        // Version is the account's own counter, which only published changes move (AccountEvents).
        builder.Entity<GatewayUser>().Property<uint>(RowVersion).IsRowVersion();
        builder.Entity<GatewayUser>().Property(u => u.DisplayName).HasMaxLength(200);

        builder.Entity<AssistantRegistration>(registration =>
        {
            registration.ToTable("assistant_registrations");
            registration.HasKey(r => r.Id);
            registration.Property(r => r.UserName).HasMaxLength(256);
            registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            registration.Property(r => r.DecidedBy).HasMaxLength(256);
            registration.HasIndex(r => new { r.UserId, r.AllianceId });
            registration.HasIndex(r => new { r.AllianceId, r.Status });
        });

        // One row per reviewer and visit; the key's first column serves the caller lookup's "alliances of this reviewer".
        builder.Entity<ReviewerAssignment>(assignment =>
        {
            assignment.ToTable("reviewer_assignments");
            assignment.HasKey(a => new { a.UserId, a.VisitId });
        });

        builder.Entity<AccessToken>(token =>
        {
            token.ToTable("access_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.UserId);
        });

        builder.Entity<BrowserSession>(session =>
        {
            session.ToTable("browser_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).ValueGeneratedNever();
            session.HasIndex(s => s.UserId);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).UseIdentityAlwaysColumn();
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(100);
            entry.Property(e => e.Subject).HasMaxLength(256);
            entry.Property(e => e.Outcome).HasMaxLength(50);
            entry.Property(e => e.Detail).HasMaxLength(1000);
            entry.Property(e => e.RemoteAddress).HasMaxLength(64);
            entry.HasIndex(e => e.At);
        });
    }
}
