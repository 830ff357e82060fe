using Alerts.Store.Database;
using Dapper;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// Writes register households in the caller's transaction: upsert on (village_code, register_no), members replaced as
/// a set, and nothing at all for a household whose stored record already says the same (so a second import of the
/// same file changes nothing, not even updated_utc). Commands are prepared once and rebound row after row.
/// </summary>
internal sealed class RegisterWriter : IDisposable
{
    private const string SelectStored = """
        SELECT id, village_code, register_no, head_name, address, income_per_person_yuan, income_year, income_source,
               food_secure, clothing_secure, education_secure, medical_secure, housing_secure, water_secure, labour,
               is_lifted_out, is_monitored, has_dibao, has_dibao_edge, is_tekun, has_disabled, helper_id
        FROM households WHERE village_code = @VillageCode AND register_no IS NOT NULL
        """;
    private const string SelectStoredMembers = """
        SELECT m.household_id, m.position, m.name, m.relation, m.born_year, m.on_register, m.lives_here, m.is_disabled, m.labour
        FROM household_members m JOIN households h ON h.id = m.household_id
        WHERE h.village_code = @VillageCode AND h.register_no IS NOT NULL
        ORDER BY m.household_id, m.position
        """;
    // An open monitored case keeps the household a 监测户 whatever an older register says.
    private const string SelectMonitored = """
        SELECT household_id FROM monitoring_cases
        WHERE village_code = @VillageCode AND status = 'monitored' AND household_id IS NOT NULL
        """;
    private const string Columns = """
        address = @Address, head_name = @HeadName, income_per_person_yuan = @IncomePerPersonYuan, income_year = @IncomeYear,
        income_source = @IncomeSource, food_secure = @FoodSecure, clothing_secure = @ClothingSecure,
        education_secure = @EducationSecure, medical_secure = @MedicalSecure, housing_secure = @HousingSecure,
        water_secure = @WaterSecure, labour = @Labour, is_lifted_out = @IsLiftedOut, is_monitored = @IsMonitored,
        has_dibao = @HasDibao, has_dibao_edge = @HasDibaoEdge, is_tekun = @IsTekun, has_disabled = @HasDisabled,
        helper_id = @HelperId, updated_utc = @Now
        """;
    private const string Insert = """
        INSERT INTO households (village_code, register_no, address, head_name, income_per_person_yuan, income_year,
                                income_source, food_secure, clothing_secure, education_secure, medical_secure, housing_secure,
                                water_secure, labour, is_lifted_out, is_monitored, has_dibao, has_dibao_edge, is_tekun,
                                has_disabled, helper_id, created_utc, updated_utc)
        VALUES (@VillageCode, @RegisterNo, @Address, @HeadName, @IncomePerPersonYuan, @IncomeYear, @IncomeSource, @FoodSecure,
                @ClothingSecure, @EducationSecure, @MedicalSecure, @HousingSecure, @WaterSecure, @Labour, @IsLiftedOut,
                @IsMonitored, @HasDibao, @HasDibaoEdge, @IsTekun, @HasDisabled, @HelperId, @Now, @Now)
        """;
    private const string Update = $"UPDATE households SET {Columns} WHERE id = @Id";
    private const string DeleteMembers = "DELETE FROM household_members WHERE household_id = @Id";
    private const string InsertMember = """
        INSERT INTO household_members (household_id, position, name, relation, born_year, on_register, lives_here,
                                       is_disabled, labour)
        VALUES (@Id, @Position, @Name, @Relation, @BornYear, @OnRegister, @LivesHere, @IsDisabled, @Labour)
        """;

    private static readonly string[] HouseholdParameters =
        ["@Id", "@VillageCode", "@RegisterNo", "@Address", "@HeadName", "@IncomePerPersonYuan", "@IncomeYear", "@IncomeSource",
         "@FoodSecure", "@ClothingSecure", "@EducationSecure", "@MedicalSecure", "@HousingSecure", "@WaterSecure", "@Labour",
         "@IsLiftedOut", "@IsMonitored", "@HasDibao", "@HasDibaoEdge", "@IsTekun", "@HasDisabled", "@HelperId", "@Now"];
    private static readonly string[] MemberParameters =
        ["@Id", "@Position", "@Name", "@Relation", "@BornYear", "@OnRegister", "@LivesHere", "@IsDisabled", "@Labour"];

    private readonly DbConnection _c;
    private readonly DbTransaction _tx;
    private readonly DbCommand _insert;
    private readonly DbCommand _update;
    private readonly DbCommand _deleteMembers;
    private readonly DbCommand _insertMember;

    public RegisterWriter(DbConnection c, DbTransaction tx, DateTimeOffset now)
    {
        (_c, _tx) = (c, tx);
        // The new id straight from SQLite is cheaper than RETURNING, which makes every insert open a data reader;
        // PostgreSQL has no such call.
        _insert = Prepare(c is SqliteConnection ? Insert : Insert + " RETURNING id", HouseholdParameters);
        _update = Prepare(Update, HouseholdParameters);
        _deleteMembers = Prepare(DeleteMembers, ["@Id"]);
        _insertMember = Prepare(InsertMember, MemberParameters);
        _insert.Parameters[^1].Value = _update.Parameters[^1].Value = UtcText.Format(now);
    }

    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }

    /// <summary>Writes the households of one village (all given households must be of <paramref name="villageCode"/>).</summary>
    public async Task WriteVillageAsync(string villageCode, IEnumerable<RegisterHousehold> households, CancellationToken ct)
    {
        var (stored, monitored) = await LoadAsync(villageCode, ct);
        foreach (var incoming in households)
        {
            ct.ThrowIfCancellationRequested();
            stored.TryGetValue(incoming.RegisterNo, out var existing);
            var household = existing is not null && monitored.Contains(existing.Id) ? incoming with { IsMonitored = true } : incoming;
            if (existing is null) Write(_insert, household, insert: true);
            else if (household.SameAs(existing)) Unchanged++;
            else Write(_update, household with { Id = existing.Id }, insert: false);
        }
    }

    private void Write(DbCommand command, RegisterHousehold h, bool insert)
    {
        // By position, in the order of HouseholdParameters (@Now is bound once): this runs for every household.
        Bind(command.Parameters, h.Id, h.VillageCode, h.RegisterNo, h.Address, h.HeadName, h.IncomePerPersonYuan, h.IncomeYear,
            h.IncomeSource, h.FoodSecure, h.ClothingSecure, h.EducationSecure, h.MedicalSecure, h.HousingSecure, h.WaterSecure,
            h.Labour, h.IsLiftedOut, h.IsMonitored, h.HasDibao, h.HasDibaoEdge, h.IsTekun, h.HasDisabled, h.HelperId);
        var id = h.Id;
        if (insert)
        {
            if (_c is SqliteConnection sqlite)
            {
                command.ExecuteNonQuery();
                id = SQLitePCL.raw.sqlite3_last_insert_rowid(sqlite.Handle);
            }
            else id = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Created++;
        }
        else
        {
            command.ExecuteNonQuery();
            _deleteMembers.Parameters[0].Value = id;
            _deleteMembers.ExecuteNonQuery();
            Updated++;
        }
        foreach (var m in h.Members)
        {
            Bind(_insertMember.Parameters, id, m.Position, m.Name, m.Relation, m.BornYear, m.OnRegister, m.LivesHere, m.IsDisabled, m.Labour);
            _insertMember.ExecuteNonQuery();
        }
    }

    private async Task<(Dictionary<string, RegisterHousehold>, HashSet<long>)> LoadAsync(string villageCode, CancellationToken ct)
    {
        var args = new { VillageCode = villageCode };
        var households = await _c.QueryAsync<RegisterHousehold>(new CommandDefinition(SelectStored, args, _tx, cancellationToken: ct));
        var members = (await _c.QueryAsync<StoredMember>(new CommandDefinition(SelectStoredMembers, args, _tx, cancellationToken: ct)))
            .GroupBy(m => m.HouseholdId).ToDictionary(g => g.Key, g => g.Select(m => m.ToMember()).ToList());
        var monitored = await _c.QueryAsync<long>(new CommandDefinition(SelectMonitored, args, _tx, cancellationToken: ct));
        var stored = households.ToDictionary(h => h.RegisterNo,
            h => h with { Members = members.TryGetValue(h.Id, out var list) ? list : [] });
        return (stored, monitored.ToHashSet());
    }

    private static void Bind(DbParameterCollection p, params object?[] values)
    {
        // Flags are 0/1 integers on both engines (SqlDialect).
        for (var i = 0; i < values.Length; i++) p[i].Value = values[i] switch { null => DBNull.Value, bool b => b ? 1L : 0L, var v => v };
    }

    private DbCommand Prepare(string sql, string[] names)
    {
        var command = _c.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _tx;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        // Update binds no @VillageCode/@RegisterNo; unused parameters are harmless, missing ones are not.
        return command;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _deleteMembers.Dispose();
        _insertMember.Dispose();
    }
}
