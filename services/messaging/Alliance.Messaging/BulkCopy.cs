using Alliance.Messaging.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Messaging;

/// <summary>
/// New rows written with one binary COPY instead of one INSERT each: for imports of thousands of
/// records, where statement round trips and change tracking cost more than the data. The table and
/// columns come from the EF model (names, value converters), so the rows are exactly what
/// <c>SaveChanges</c> would store; columns the database generates (identity, <c>xmin</c>) are left to it.
/// </summary>
public static class BulkCopy
{
    /// <summary>
    /// Copies <paramref name="rows"/> into <typeparamref name="TEntity"/>'s table, in order, inside the
    /// context's current transaction, which is required: a failed copy must roll back with the rest.
    /// COPY fires the table's statement triggers once, as one INSERT would. Nothing is tracked. A
    /// <see cref="IVersioned"/> row is stored at <see cref="Versions.First"/>, as a save would store it,
    /// and the row says so afterwards.
    /// </summary>
    /// <exception cref="InvalidOperationException">no transaction is open, or the type is not mapped</exception>
    /// <exception cref="PostgresException">a constraint refused a row (e.g. a unique violation); the transaction is then aborted</exception>
    public static async Task CopyAsync<TEntity>(this DbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk copy runs inside the transaction of the change it belongs to.");
        }

        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity)} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => !IsStoreGenerated(p)).Select(p => new Column(p, table)).ToArray();
        var copy = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            if (row is IVersioned versioned)
            {
                versioned.Version = Versions.First;
            }

            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await column.WriteAsync(importer, row, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static bool IsStoreGenerated(IProperty property) =>
        property.ValueGenerated != ValueGenerated.Never
        && (property.IsConcurrencyToken
            || property.GetComputedColumnSql() is not null
            || property.GetValueGenerationStrategy() is not Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.None);

    private static string Quote(StoreObjectIdentifier table) =>
        table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed class Column(IProperty property, StoreObjectIdentifier table)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _converter = property.GetTypeMapping().Converter;

        // Binary COPY has no type per field: the server reads each as its column's type. Text and
        // varchar share a wire format, but jsonb has its own, so it is named explicitly.
        private readonly bool _jsonb = string.Equals(property.GetColumnType(table), "jsonb", StringComparison.OrdinalIgnoreCase);

        public string Name { get; } = property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.Name} has no column in {table.Name}.");

        public Task WriteAsync(NpgsqlBinaryImporter importer, object row, CancellationToken cancellationToken)
        {
            var value = _getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && _converter is not null)
            {
                value = _converter.ConvertToProvider(value);
            }

            return value is null ? importer.WriteNullAsync(cancellationToken)
                : _jsonb ? importer.WriteAsync(value, NpgsqlDbType.Jsonb, cancellationToken)
                : importer.WriteAsync(value, cancellationToken);
        }
    }
}
