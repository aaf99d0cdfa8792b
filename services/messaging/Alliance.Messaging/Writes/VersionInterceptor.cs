using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Messaging.Writes;

/// <summary>Raises the versions of the added and changed records on every save, so no write path can forget it.</summary>
internal sealed class VersionInterceptor : SaveChangesInterceptor
{
    public static readonly VersionInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        eventData.Context?.AdvanceVersions();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        eventData.Context?.AdvanceVersions();
        return ValueTask.FromResult(result);
    }
}
