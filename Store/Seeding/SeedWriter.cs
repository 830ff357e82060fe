using Alerts.Store.Database;
using Alerts.Store.Regions;
using System.Data;
using System.Data.Common;

namespace Alerts.Store.Seeding;

/// <summary>
/// Prepared INSERTs reused row after row inside one transaction. Seeding a million households goes through here,
/// so it binds parameters by position on commands prepared once, not through Dapper's per-call reflection. A seeded
/// household is one the village register lists: its 户编号 is its id, seven digits (Monitoring's DemoRegister).
/// </summary>
internal sealed class SeedWriter : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _household;
    private readonly DbCommand _person;
    private readonly DbCommand _grid;
    private readonly string _now;
    private DbTransaction? _tx;

    public SeedWriter(DbConnection connection, DateTimeOffset now)
    {
        _connection = connection;
        _now = UtcText.Format(now);
        _household = Prepare("""
            INSERT INTO households (id, village_code, address, head_name, is_lifted_out, is_monitored, has_dibao, is_tekun,
                                    is_low_income, created_utc, register_no)
            VALUES (@id, @village, @address, @head, @lifted, @monitored, @dibao, @tekun, @low, @now, @registerNo)
            """, ("@id", I), ("@village", T), ("@address", T), ("@head", T), ("@lifted", I), ("@monitored", I), ("@dibao", I),
            ("@tekun", I), ("@low", I), ("@now", T), ("@registerNo", T));
        _person = Prepare("""
            INSERT INTO people (id, household_id, name, role, region_code, department, phone, wechat_openid, sms_opted_out,
                                is_elderly, is_disabled, lives_alone, created_utc)
            VALUES (@id, @household, @name, @role, @region, @department, @phone, @openid, 0, @elderly, @disabled, @alone, @now)
            """, ("@id", I), ("@household", I), ("@name", T), ("@role", T), ("@region", T), ("@department", T), ("@phone", T),
            ("@openid", T), ("@elderly", I), ("@disabled", I), ("@alone", I), ("@now", T));
        _grid = Prepare("INSERT INTO grid_assignments (worker_id, region_code) VALUES (@worker, @region)", ("@worker", I), ("@region", T));
        _household.Parameters[9].Value = _now;
        _person.Parameters[11].Value = _now;
    }

    public void Begin()
    {
        _tx = _connection.BeginTransaction();
        _household.Transaction = _person.Transaction = _grid.Transaction = _tx;
    }

    public void Commit()
    {
        _tx?.Commit();
        _tx?.Dispose();
        _tx = null;
        if (_connection is not Microsoft.Data.Sqlite.SqliteConnection) CatchUpIdentities();
    }

    // The seeder chooses its own ids. SQLite's next rowid is always past the largest, but a PostgreSQL identity column
    // draws from its sequence, which explicit ids do not move: it is moved past them here.
    private void CatchUpIdentities()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT setval(pg_get_serial_sequence('households', 'id'), GREATEST((SELECT MAX(id) FROM households), 1));
            SELECT setval(pg_get_serial_sequence('people', 'id'), GREATEST((SELECT MAX(id) FROM people), 1));
            """;
        cmd.ExecuteNonQuery();
    }

    public void Region(Region r)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = "INSERT INTO regions (code, level, parent_code, name) VALUES (@code, @level, @parent, @name)";
        Add(cmd, "@code", T, r.Code);
        Add(cmd, "@level", I, (long)r.Level);
        Add(cmd, "@parent", T, (object?)r.ParentCode ?? DBNull.Value);
        Add(cmd, "@name", T, r.Name);
        cmd.ExecuteNonQuery();
    }

    public void Household(long id, string village, string address, string head, HouseholdFlags flags)
    {
        var p = _household.Parameters;
        p[0].Value = id;
        p[1].Value = village;
        p[2].Value = address;
        p[3].Value = head;
        p[4].Value = Bit((flags & HouseholdFlags.LiftedOut) != 0);
        p[5].Value = Bit((flags & HouseholdFlags.Monitored) != 0);
        p[6].Value = Bit((flags & HouseholdFlags.Dibao) != 0);
        p[7].Value = Bit((flags & HouseholdFlags.Tekun) != 0);
        p[8].Value = Bit((flags & HouseholdFlags.LowIncome) != 0);
        p[10].Value = id.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        _household.ExecuteNonQuery();
    }

    public void Person(long id, long? household, string name, string role, string region, string? department,
        string? phone, string? openid, bool elderly, bool disabled, bool alone)
    {
        var p = _person.Parameters;
        p[0].Value = id;
        p[1].Value = household.HasValue ? household.Value : DBNull.Value;
        p[2].Value = name;
        p[3].Value = role;
        p[4].Value = region;
        p[5].Value = (object?)department ?? DBNull.Value;
        p[6].Value = (object?)phone ?? DBNull.Value;
        p[7].Value = (object?)openid ?? DBNull.Value;
        p[8].Value = Bit(elderly);
        p[9].Value = Bit(disabled);
        p[10].Value = Bit(alone);
        _person.ExecuteNonQuery();
    }

    public void Grid(long workerId, string region)
    {
        _grid.Parameters[0].Value = workerId;
        _grid.Parameters[1].Value = region;
        _grid.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _tx?.Dispose();
        _household.Dispose();
        _person.Dispose();
        _grid.Dispose();
    }

    private const DbType I = DbType.Int64;
    private const DbType T = DbType.String;
    // Boxed once: a million households would otherwise box ten million booleans.
    private static readonly object One = 1L;
    private static readonly object Zero = 0L;

    private static object Bit(bool value) => value ? One : Zero;

    // Typed parameters skip the providers' per-execution type inference.
    private DbCommand Prepare(string sql, params (string Name, DbType Type)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, type) in parameters) Add(cmd, name, type, null);
        return cmd;
    }

    private static void Add(DbCommand cmd, string name, DbType type, object? value)
    {
        var parameter = cmd.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        cmd.Parameters.Add(parameter);
    }
}
