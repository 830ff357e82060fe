using System.Text.Json;

namespace Alerts.Store.Database;

/// <summary>
/// The SQL that SQLite and PostgreSQL spell differently, in one place. Everything else is written once, in the subset
/// both accept: <c>INSERT … ON CONFLICT</c>, <c>RETURNING</c>, <c>COUNT(*) FILTER (WHERE …)</c>, flags as 0/1
/// integers, times as <see cref="UtcText"/>. A statement that needs more than these forms keeps a version per engine,
/// side by side, in a nested <c>Sqlite</c>/<c>Postgres</c> pair.
/// </summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    public abstract StoreEngine Engine { get; }

    /// <summary>
    /// "is one of the few values in <paramref name="parameter"/>", whose value is an array on both engines. On SQLite
    /// Dapper expands <c>IN @p</c> into one parameter per value; on PostgreSQL it passes the array whole, which only
    /// <c>= ANY(@p)</c> reads. For a long list (a batch of ids) use <see cref="InList"/>.
    /// </summary>
    public abstract string AnyOf(string parameter);

    /// <summary>"is one of the list in <paramref name="parameter"/>", whose value is <see cref="ListOf{T}"/>.</summary>
    public abstract string InList(string parameter);

    /// <summary>The list in <paramref name="parameter"/> as rows of one column, <c>value</c>, named <paramref name="alias"/>.</summary>
    public abstract string ListRows(string parameter, string alias);

    /// <summary>The value of a list parameter: JSON text that SQLite's json_each reads, or a PostgreSQL array.</summary>
    public abstract object ListOf<T>(IEnumerable<T> items);

    /// <summary>Whether <paramref name="needle"/> occurs in <paramref name="text"/> (both SQL expressions), literally.</summary>
    public abstract string Contains(string text, string needle);

    /// <summary>
    /// <paramref name="column"/>, kept from SQLite's index choice: its planner picks by WHERE terms, and a unary + on
    /// a term is SQLite's documented way to say "not by this index". PostgreSQL plans by statistics and takes the
    /// column as it is (its + applies to numbers only).
    /// </summary>
    public abstract string NoIndex(string column);

    /// <summary>
    /// The id the next row of <paramref name="table"/> will take, reserved inside the caller's write transaction (for a
    /// row whose other columns are made from its id). SQLite's write lock lets only one writer read the largest id at a
    /// time; PostgreSQL's sequence hands each Host its own.
    /// </summary>
    public abstract string NextId(string table);

    /// <summary>
    /// The clause that makes a queue claim's <c>SELECT</c> skip rows another Host is claiming at this moment. SQLite
    /// has one writer at a time, so nothing is being claimed concurrently and it needs none.
    /// </summary>
    public abstract string SkipLocked { get; }

    private sealed class SqliteDialect : SqlDialect
    {
        public override StoreEngine Engine => StoreEngine.Sqlite;
        public override string AnyOf(string parameter) => $"IN {parameter}";
        public override string InList(string parameter) => $"IN (SELECT value FROM json_each({parameter}))";
        public override string ListRows(string parameter, string alias) => $"json_each({parameter}) {alias}";
        public override object ListOf<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items);
        public override string Contains(string text, string needle) => $"instr({text}, {needle}) > 0";
        public override string SkipLocked => "";
        public override string NextId(string table) => $"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}";
        public override string NoIndex(string column) => "+" + column;
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override StoreEngine Engine => StoreEngine.Postgres;
        public override string AnyOf(string parameter) => $"= ANY({parameter})";
        public override string InList(string parameter) => $"= ANY({parameter})";
        public override string ListRows(string parameter, string alias) => $"unnest({parameter}) AS {alias}(value)";
        public override object ListOf<T>(IEnumerable<T> items) => items.ToArray();
        public override string Contains(string text, string needle) => $"strpos({text}, {needle}) > 0";
        public override string SkipLocked => "FOR UPDATE SKIP LOCKED";
        public override string NextId(string table) => $"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))";
        public override string NoIndex(string column) => column;
    }
}
