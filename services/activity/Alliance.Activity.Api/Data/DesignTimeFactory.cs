using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Activity.Api.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the AppHost.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ActivityDbContext>
{
    public ActivityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ActivityDbContext>()
            .UseNpgsql("Host=localhost;Database=design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
