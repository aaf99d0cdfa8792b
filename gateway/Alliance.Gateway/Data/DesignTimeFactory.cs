using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Gateway.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the AppHost.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GatewayDbContext>
{
    public GatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GatewayDbContext>()
            .UseNpgsql("Host=localhost;Database=design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
