using Alliance.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Activity.Api.Data;

public sealed class ActivityDbContext(DbContextOptions<ActivityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
