using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

/// <summary>The tables of the programme views: the programme's targets, review outcomes and the copies of site-visit's flags and badges.</summary>
internal static class ProgrammeModel
{
    public static ModelBuilder AddProgrammeViews(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProgrammeTarget>(target =>
        {
            target.ToTable("programme_targets");
            target.HasKey(t => t.Year);
            target.Property(t => t.Year).ValueGeneratedNever();
            target.Property(t => t.ChangedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<ReviewOutcomeRecord>(outcome =>
        {
            outcome.ToTable("review_outcomes");
            outcome.HasKey(o => new { o.AllianceId, o.Year });
            outcome.Property(o => o.Outcome).HasMaxLength(40);
            outcome.Property(o => o.Conditions).HasMaxLength(4000);
            outcome.Property(o => o.Comments).HasMaxLength(4000);
            outcome.Property(o => o.RecordedBy).HasMaxLength(256);
            outcome.Property(o => o.ConfirmedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<AbnormalFlagCopy>(flag =>
        {
            flag.ToTable("abnormal_flag_copies");
            flag.HasKey(f => f.AllianceId);
            flag.Property(f => f.AllianceId).ValueGeneratedNever();
            flag.Property(f => f.Reason).HasMaxLength(1000);
        });
        modelBuilder.Entity<OutstandingCopy>(outstanding =>
        {
            outstanding.ToTable("outstanding_copies");
            outstanding.HasKey(o => new { o.Year, o.DomainCode });
            outstanding.Property(o => o.DomainCode).HasMaxLength(40);
        });
        return modelBuilder;
    }
}
