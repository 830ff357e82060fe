using System.Data.Common;

namespace Alerts.Store.Database;

/// <summary>
/// One write transaction on its own connection: everything written through it commits together or not at all.
/// On SQLite, Microsoft.Data.Sqlite begins it IMMEDIATE, so it holds the one write lock from the start and a read
/// inside it never has to upgrade. On PostgreSQL it is READ COMMITTED; <see cref="LockAsync"/> serialises what must
/// not interleave across Hosts. Disposing it without <see cref="CommitAsync"/> rolls everything back, as a crash does.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    internal UnitOfWork(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    /// <summary>
    /// Waits until no other transaction holds <paramref name="key"/>, then holds it until this one ends
    /// (<see cref="EngineLock"/>): two Hosts joining items to one town's incident, or refreshing the same token, go one
    /// after the other.
    /// </summary>
    public Task LockAsync(string key, CancellationToken ct) => EngineLock.LockAsync(Connection, Transaction, key, ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
