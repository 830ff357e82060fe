using Microsoft.Data.Sqlite;

namespace Alerts.Bench.Register;

/// <summary>
/// The ceiling: the same households and member rows, already parsed, written by two prepared INSERTs with explicit
/// ids in one transaction; no reading, no checking, no comparing with what is stored.
/// </summary>
internal static class BareRegisterInsert
{
    private const string Now = "2026-01-01T00:00:00.0000000Z";

    public static void Run(SqliteConnection c, SyntheticRegister register)
    {
        using var tx = c.BeginTransaction();
        using var h = Command(c, tx, """
            INSERT INTO households (id, village_code, register_no, address, head_name, income_per_person_yuan, income_year,
                                    income_source, food_secure, clothing_secure, education_secure, medical_secure,
                                    housing_secure, water_secure, labour, is_lifted_out, has_dibao, has_disabled,
                                    created_utc, updated_utc)
            VALUES ($id, $village, $no, $address, $head, $income, 2025, '入户调查', 1, 1, 1, 1, 1, 1, $labour, $lifted,
                    $dibao, 0, $now, $now)
            """, "$id", "$village", "$no", "$address", "$head", "$income", "$labour", "$lifted", "$dibao", "$now");
        using var m = Command(c, tx, """
            INSERT INTO household_members (household_id, position, name, relation, born_year, on_register, lives_here,
                                           is_disabled, labour)
            VALUES ($household, $position, $name, $relation, $born, 1, $lives, 0, $labour)
            """, "$household", "$position", "$name", "$relation", "$born", "$lives", "$labour");
        h.Parameters["$now"].Value = Now;
        long id = 0;
        foreach (var household in register.Households)
        {
            id++;
            var p = h.Parameters;
            p["$id"].Value = id;
            p["$village"].Value = household.Village;
            p["$no"].Value = household.RegisterNo;
            p["$address"].Value = household.Address;
            p["$head"].Value = household.Members[0].Name;
            p["$income"].Value = household.Income;
            p["$labour"].Value = "full";
            p["$lifted"].Value = household.LiftedOut;
            p["$dibao"].Value = household.Dibao;
            h.ExecuteNonQuery();
            for (var i = 0; i < household.Members.Count; i++)
            {
                var member = household.Members[i];
                var q = m.Parameters;
                q["$household"].Value = id;
                q["$position"].Value = i + 1;
                q["$name"].Value = member.Name;
                q["$relation"].Value = member.Relation;
                q["$born"].Value = member.Born;
                q["$lives"].Value = member.LivesHere;
                q["$labour"].Value = member.Labour switch { "全" => "full", "弱" => "weak", _ => "none" };
                m.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var name in names) cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        return cmd;
    }
}
