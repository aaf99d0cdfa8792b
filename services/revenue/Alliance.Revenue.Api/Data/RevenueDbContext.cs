using Alliance.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Data;

public sealed class RevenueDbContext(DbContextOptions<RevenueDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
