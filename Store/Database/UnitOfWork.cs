using Microsoft.Data.Sqlite;

namespace Alerts.Store.Database;

/// <summary>
/// One write transaction on its own connection: everything written through it commits together or not at all.
/// Microsoft.Data.Sqlite begins it IMMEDIATE, so it holds SQLite's one write lock from the start and a read inside it
/// never has to upgrade. Disposing it without <see cref="CommitAsync"/> rolls everything back, as a crash does.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    internal UnitOfWork(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
