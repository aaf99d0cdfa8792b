using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// The tables of the programme views: the figures kept per alliance and year (members counted, incomes summed), the programme's
/// targets, review outcomes and the copies of site-visit's flags and badges.
/// </summary>
internal static class ProgrammeModel
{
    public static ModelBuilder AddProgrammeViews(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MemberCountRow>(counted =>
        {
            counted.ToTable(KeptFiguresSql.MemberCounts);
            counted.HasKey(c => new { c.AllianceId, c.Year, c.MemberKind, c.Region, c.Paid });
            counted.Property(c => c.MemberKind).HasMaxLength(20);
            counted.Property(c => c.Region).HasMaxLength(30);
        });
        modelBuilder.Entity<IncomeYearSum>(summed =>
        {
            summed.ToTable(KeptFiguresSql.IncomeYearSums);
            summed.HasKey(s => new { s.AllianceId, s.Year, s.Category });
            summed.Property(s => s.Category).HasMaxLength(40);
            summed.Property(s => s.Amount).HasPrecision(20, 2);
        });
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
