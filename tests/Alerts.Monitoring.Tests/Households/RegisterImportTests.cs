using System.Data.Common;
using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Households.Register;
using Alerts.Store.Audit;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Monitoring.Tests.Households;

public sealed class RegisterImportTests
{
    private const string County = DemoCounty.CountyCode;

    private static RegisterImporter Importer(TempDatabase db) =>
        new(db.Db, new AuditStore(db.Db, TimeProvider.System), RegisterFileTests.Phones, TimeProvider.System);

    private static async Task<string> DemoCsvAsync(TempDatabase db)
    {
        var writer = new StringWriter();
        await new DemoRegister(db.Db).WriteAsync(writer, DemoCounty.CountyPrefix, CancellationToken.None);
        return writer.ToString();
    }

    private static Task<RegisterImportResult> ImportAsync(TempDatabase db, string csv, string region = County) =>
        Importer(db).ImportAsync(new StringReader(csv), "account:1", region, CancellationToken.None);

    private static string Snapshot(TempDatabase db)
    {
        using var c = db.Open();
        var households = c.Query<string>("""
            SELECT id || '|' || COALESCE(register_no, '') || '|' || head_name || '|' ||
                   COALESCE(CAST(income_per_person_yuan AS TEXT), '') || '|' || COALESCE(labour, '') || '|' ||
                   COALESCE(CAST(helper_id AS TEXT), '') || '|' || COALESCE(updated_utc, '')
            FROM households ORDER BY id
            """);
        var members = c.Query<string>("SELECT id || '|' || household_id || '|' || name || '|' || lives_here FROM household_members ORDER BY id");
        return string.Join("\n", households.Concat(members));
    }

    [Fact]
    public async Task ARegisterImportOfTheDemoCountyFillsEveryHouseholdAndASecondImportChangesNothing()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 300);
        var csv = await DemoCsvAsync(db);

        var first = await ImportAsync(db, csv);

        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        using (var c = db.Open())
        {
            Assert.Equal(300, first.Households);
            Assert.Equal(c.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE role = 'villager'"), first.Members);
            Assert.Equal((0, 300, 0), (first.Created, first.Updated, first.Unchanged));
            Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM households WHERE income_per_person_yuan IS NULL"));
            Assert.True(c.ExecuteScalar<int>("SELECT COUNT(*) FROM households WHERE helper_id IS NOT NULL") > 0);
            Assert.True(c.ExecuteScalar<int>("SELECT COUNT(*) FROM household_members WHERE lives_here = 0") > 0);
        }
        var before = Snapshot(db);

        var second = await ImportAsync(db, csv);

        Assert.Equal((0, 0, 300), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(before, Snapshot(db));
        Assert.Equal(csv, await DemoCsvAsync(db));
        var audit = await new AuditStore(db.Db, TimeProvider.System).ForSubjectAsync("register:500112", CancellationToken.None);
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"Updated\":300", audit[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewHouseholdIsInsertedAndAChangedOneRewrittenWithItsMembersAsASet()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var header = RegisterFileTests.Header + "\n";
        await ImportAsync(db, header + RegisterFileTests.Row("X-1", "赵大", "户主") + "\n" + RegisterFileTests.Row("X-1", "赵二", "子女") + "\n");

        var result = await ImportAsync(db, header + RegisterFileTests.Row("X-1", "赵大", "户主") + "\n");

        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Unchanged));
        using var c = db.Open();
        var id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'X-1'");
        var record = await new HouseholdRecordStore(db.Db).GetAsync(id, CancellationToken.None);
        Assert.Equal(["赵大"], record!.Members.Select(m => m.Name));
    }

    [Fact]
    public async Task AnyErrorWritesNothingAndNamesTheRow()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var before = Snapshot(db);
        var csv = RegisterFileTests.Header + "\n" + RegisterFileTests.Row("X-1", "赵大", "户主") + "\n" +
            RegisterFileTests.Row("X-2", "钱大", "户主", member: "1960,是,也许,否,全") + "\n";

        var result = await ImportAsync(db, csv);

        Assert.False(result.Succeeded);
        Assert.Equal((3, "共同生活"), (result.Errors[0].Row, result.Errors[0].Column));
        Assert.Equal(before, Snapshot(db));
    }

    [Fact]
    public async Task AnImporterMayNotWriteAVillageOutsideTheirJurisdictionAndIsToldAsIfItDidNotExist()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var before = Snapshot(db);
        var csv = RegisterFileTests.Header + "\n" + RegisterFileTests.Row("X-1", "赵大", "户主") + "\n";

        var elsewhere = await ImportAsync(db, csv, region: "500112102000");
        var missing = await ImportAsync(db, csv.Replace(RegisterFileTests.Village, "500112101099"), region: "500112101000");

        Assert.Equal((2, "村代码"), (elsewhere.Errors[0].Row, elsewhere.Errors[0].Column));
        Assert.Equal(elsewhere.Errors[0].Message.Replace("101001", "101099"), missing.Errors[0].Message);
        Assert.Equal(before, Snapshot(db));
    }

    [Fact]
    public async Task AHelperMustBeStaffOfThePlaceAndAVillagersPhoneIsRefused()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        using var c = db.Open();
        var worker = Resident.GridWorkerOf(c, RegisterFileTests.Village);
        var villager = Resident.Villager(c);
        string Csv(string phone) => RegisterFileTests.Header + "\n" + RegisterFileTests.Row("X-1", "赵大", "户主",
            $",,,,,,,,,,,,,,,{phone.Replace("+86", "")}") + "\n";

        var refused = await ImportAsync(db, Csv(villager.Phone!));
        var accepted = await ImportAsync(db, Csv(worker.Phone!));

        Assert.Equal("帮扶责任人手机", Assert.Single(refused.Errors).Column);
        Assert.True(accepted.Succeeded, string.Join("\n", accepted.Errors));
        Assert.Equal(worker.Id, c.ExecuteScalar<long>("SELECT helper_id FROM households WHERE register_no = 'X-1'"));
    }

    [Fact]
    public async Task TheRecordShowsBothMemberFactsAndTheAssessmentCountsThoseWhoLiveTogether()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var csv = RegisterFileTests.Header + "\n" +
            RegisterFileTests.Row("X-1", "赵大", "户主", ",5000,2025,,,,,,,,,,,,,") + "\n" +
            RegisterFileTests.Row("X-1", "赵二", "子女", member: "1995,是,否,否,全") + "\n" +
            RegisterFileTests.Row("X-1", "孙三", "其他", member: "1990,否,是,是,弱") + "\n";
        Assert.True((await ImportAsync(db, csv)).Succeeded);
        using var c = db.Open();
        var id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'X-1'");

        var record = (await new HouseholdRecordStore(db.Db).GetAsync(id, CancellationToken.None))!;
        var profile = await new HouseholdProfileReader().ReadAsync(c, null, id, CancellationToken.None);

        Assert.Equal((3, 2, 2), (record.RegisterRows, record.LivingMembers, record.Size));
        Assert.True(record.HasDisabled);
        Assert.Equal(2, profile.Members);
        Assert.Equal(10_000, profile.AnnualIncomeYuan);
        Assert.Null(record.FoodSecure);
    }

    [Fact]
    public async Task AMonitoredCaseKeepsTheHouseholdMonitoredWhateverTheRegisterSays()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var csv = RegisterFileTests.Header + "\n" + RegisterFileTests.Row("X-1", "赵大", "户主") + "\n";
        await ImportAsync(db, csv);
        using var c = db.Open();
        var id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'X-1'");
        c.Execute("""
            INSERT INTO monitoring_cases (household_id, village_code, source, status, stage, opened_utc, deadline_on, created_utc, updated_utc)
            VALUES (@Id, @Village, 'self_report', 'monitored', 'county_decided', '2026-01-01T00:00:00Z', '2026-01-16', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
            """, new { Id = id, Village = RegisterFileTests.Village });
        c.Execute("UPDATE households SET is_monitored = 1 WHERE id = @Id", new { Id = id });

        var again = await ImportAsync(db, csv);

        Assert.Equal(1, again.Unchanged);
        Assert.True(c.ExecuteScalar<bool>("SELECT is_monitored FROM households WHERE id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task ANameIsMatchedOnlyAmongTheRegisterHouseholdsOfItsOwnVillage()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        await ImportAsync(db, RegisterFileTests.Header + "\n" + RegisterFileTests.Row("X-1", "赵大", "户主") + "\n" +
            RegisterFileTests.Row("X-1", "赵二", "子女") + "\n");
        using var c = db.Open();
        var store = new HouseholdRecordStore(db.Db);

        var byHead = await store.FindRegisteredByNameAsync(c, null, RegisterFileTests.Village, "赵大", CancellationToken.None);
        var byMember = await store.FindRegisteredByNameAsync(c, null, RegisterFileTests.Village, "赵二", CancellationToken.None);
        var elsewhere = await store.FindRegisteredByNameAsync(c, null, "500112101002", "赵大", CancellationToken.None);

        Assert.Single(byHead);
        Assert.Equal(byHead, byMember);
        Assert.Empty(elsewhere);
    }
}
