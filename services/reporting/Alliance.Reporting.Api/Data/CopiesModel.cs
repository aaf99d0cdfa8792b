using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Data;

/// <summary>The tables of reporting's copies of incomes, activities and subsidies: a summary table reads only these and the member copy.</summary>
internal static class CopiesModel
{
    public static ModelBuilder AddReportingCopies(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IncomeCopy>(income =>
        {
            income.ToTable("income_copies");
            income.HasKey(i => i.Id);
            income.Property(i => i.Id).ValueGeneratedNever();
            income.Property(i => i.Category).HasMaxLength(40);
            income.Property(i => i.CounterpartyName).HasMaxLength(200);
            income.Property(i => i.Amount).HasPrecision(16, 2);
            income.Property(i => i.Status).HasMaxLength(20);
            // A table's sums read one alliance-year's dates, as revenue's own summary does.
            income.HasIndex(i => new { i.AllianceId, i.Year, i.Date }).IncludeProperties(i => new { i.Category, i.Status, i.Amount });
        });
        modelBuilder.Entity<ActivityCopy>(activity =>
        {
            activity.ToTable("activity_copies");
            activity.HasKey(a => a.Id);
            activity.Property(a => a.Id).ValueGeneratedNever();
            activity.Property(a => a.Type).HasMaxLength(20);
            activity.Property(a => a.Kind).HasMaxLength(40);
            activity.Property(a => a.Figure).HasPrecision(16, 2);
            activity.Property(a => a.Status).HasMaxLength(20);
            activity.HasIndex(a => new { a.AllianceId, a.Year, a.Date }).IncludeProperties(a => new { a.Kind, a.Status, a.Figure });
        });
        modelBuilder.Entity<SubsidyCopy>(subsidy =>
        {
            subsidy.ToTable("subsidy_copies");
            subsidy.HasKey(s => new { s.AllianceId, s.Year });
            subsidy.Property(s => s.Amount).HasPrecision(16, 2);
        });
        return modelBuilder;
    }
}
