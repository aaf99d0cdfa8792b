using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Messaging;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without the AppHost: each service
/// declares a one-line subclass, because EF looks for the factory in the service's own assembly.
/// </summary>
public abstract class ServiceDesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb> where TDb : DbContext
{
    public TDb CreateDbContext(string[] args) =>
        (TDb)Activator.CreateInstance(typeof(TDb), new DbContextOptionsBuilder<TDb>()
            .UseNpgsql("Host=localhost;Database=design")
            .UseSnakeCaseNamingConvention()
            .Options)!;
}
