using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Alliance.Messaging.Roster.Members;

/// <summary>The member table of a service that keeps a copy of the alliances' members.</summary>
public static class RosterMemberModel
{
    public const string Table = "roster_members";

    public static ModelBuilder AddMemberReplica(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RosterMember>(member =>
        {
            member.ToTable(Table);
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).HasColumnName("member_id").ValueGeneratedNever();
            member.Property(m => m.Name).HasMaxLength(200);
            member.Property(m => m.OrganisationKind).HasMaxLength(40);
            member.Property(m => m.MemberKind).HasMaxLength(20);
            member.Property(m => m.RegistrationNumber).HasMaxLength(8);
            member.Property(m => m.County).HasMaxLength(10);
            member.Property(m => m.Region).HasMaxLength(30);
            // One JSON column, read and written whole: the contracts are never queried on their own.
            member.Property(m => m.Contracts)
                .HasConversion(
                    contracts => RosterMemberContracts.ToJson(contracts),
                    json => RosterMemberContracts.FromJson(json),
                    new ValueComparer<RosterMemberContracts>(
                        (left, right) => Equals(left, right),
                        contracts => contracts.GetHashCode(),
                        contracts => contracts))
                .HasColumnType("jsonb");
            member.HasIndex(m => m.AllianceId);
        });
        return modelBuilder;
    }
}
