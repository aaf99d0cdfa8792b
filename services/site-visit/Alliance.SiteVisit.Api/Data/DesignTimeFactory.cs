using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.SiteVisit.Api.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the AppHost.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SiteVisitDbContext>
{
    public SiteVisitDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SiteVisitDbContext>()
            .UseNpgsql("Host=localhost;Database=design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
