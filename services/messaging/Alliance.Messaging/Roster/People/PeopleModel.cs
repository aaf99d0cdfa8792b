using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

/// <summary>The tables of a service that keeps a copy of the people: accounts and assistants' approvals.</summary>
public static class PeopleModel
{
    public const string PeopleTable = "roster_people";
    public const string ApprovalsTable = "roster_assistant_approvals";

    public static ModelBuilder AddPeopleReplica(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RosterPerson>(person =>
        {
            person.ToTable(PeopleTable);
            person.HasKey(p => p.UserId);
            person.Property(p => p.UserId).ValueGeneratedNever();
            person.Property(p => p.UserName).HasMaxLength(256);
            // Alliances name their PI by user name, which the gateway keeps unique and never changes.
            person.HasIndex(p => p.UserName).IsUnique();
            person.Property(p => p.DisplayName).HasMaxLength(200);
            person.Property(p => p.Email).HasMaxLength(256);
        });

        modelBuilder.Entity<AssistantApproval>(approval =>
        {
            approval.ToTable(ApprovalsTable);
            approval.HasKey(a => new { a.UserId, a.AllianceId });
            approval.Property(a => a.UserName).HasMaxLength(256);
            approval.Property(a => a.AllianceCode).HasMaxLength(50);
            // Reminders look up an alliance's approved assistants.
            approval.HasIndex(a => a.AllianceId);
        });
        return modelBuilder;
    }
}
