using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Revenue.Api.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the AppHost.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RevenueDbContext>
{
    public RevenueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RevenueDbContext>()
            .UseNpgsql("Host=localhost;Database=design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
