using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

/// <summary>The roster table of a service that keeps a copy of the alliance roster.</summary>
public static class RosterModel
{
    public const string Table = "roster_alliances";

    public static ModelBuilder AddRosterReplica(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RosterAlliance>(alliance =>
        {
            alliance.ToTable(Table);
            alliance.HasKey(a => a.Id);
            alliance.Property(a => a.Id).HasColumnName("alliance_id").ValueGeneratedNever();
            alliance.Property(a => a.Code).HasMaxLength(50);
            alliance.HasIndex(a => a.Code);
            alliance.Property(a => a.Name).HasMaxLength(200);
            alliance.Property(a => a.HostInstitution).HasMaxLength(200);
            alliance.Property(a => a.DomainCode).HasMaxLength(64);
            alliance.Property(a => a.PiUserName).HasMaxLength(256);
            // The gateway finds a caller's alliances by PI on every request.
            alliance.HasIndex(a => a.PiUserName);
        });
        return modelBuilder;
    }
}
