using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Tells the <see cref="CallerCache"/> when a statement writes one of the tables a caller is read
/// from (accounts, roles, tokens, browser sessions, the alliances a PI leads, approvals, reviewer
/// assignments): once when the statement has run, which is its commit when it runs alone, and once
/// more when the transaction holding it commits, so a lookup made in between is not kept either.
/// It watches every command of the gateway's context, whatever wrote it (Identity's stores, bulk
/// updates, the roster's consumers), rather than trusting each write path to remember to say so.
/// </summary>
public sealed class CallerChanges(CallerCache cache) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> touched = [];

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Observe(command, eventData);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Observe(command, eventData);
        return ValueTask.FromResult(result);
    }

    // Saves that insert or update run as readers, for the values they return.
    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Observe(command, eventData);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Observe(command, eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    /// <summary>Whether a statement may write a table a caller is read from (a read, even one that locks, does not).</summary>
    public static bool WritesCallerTable(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        if (text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var table in CallerLookup.TablesRead)
        {
            if (text.Contains(table, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Observe(DbCommand command, CommandEventData eventData)
    {
        if (!WritesCallerTable(command.CommandText))
        {
            return;
        }

        cache.Forget();
        if ((command.Transaction ?? eventData.Context?.Database.CurrentTransaction?.GetDbTransaction()) is { } transaction)
        {
            touched.AddOrUpdate(transaction, transaction);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (touched.Remove(transaction))
        {
            cache.Forget();
        }
    }
}
