using System.Net;
using System.Text;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>Officials import a village register as CSV (all or nothing), search the households and read one record.</summary>
public sealed class HouseholdsApiTests
{
    private const string Header = "村代码,村名,户编号,姓名,与户主关系,出生年份,户籍在本户,共同生活,残疾,劳动能力,人均纯收入(元),收入年度,低保";
    private const string Register = Header + "\r\n" +
        "500112101001,,R-1,赵大,户主,1960,是,是,否,弱,5200,2025,是\r\n" +
        "500112101001,,R-1,赵二,子女,1990,是,否,否,全,,,\r\n";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task ATownOfficialImportsARegisterThenFindsAndReadsTheHouseholdAndASecondImportChangesNothing()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);

        var first = await (await official.PostAsync("/api/monitoring/households/import", Csv(Register))).JsonAsync();
        var second = await (await official.PostAsync("/api/monitoring/households/import", Csv(Register))).JsonAsync();
        var found = await (await official.GetAsync("/api/monitoring/households?q=赵大")).JsonAsync();
        var id = Assert.Single(found.EnumerateArray()).GetProperty("id").GetInt64();
        var record = await (await official.GetAsync($"/api/monitoring/households/{id}")).JsonAsync();

        Assert.Equal((1, 2, 1, 0), (first.GetProperty("households").GetInt32(), first.GetProperty("members").GetInt32(),
            first.GetProperty("created").GetInt32(), first.GetProperty("unchanged").GetInt32()));
        Assert.Equal((0, 0, 1), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(),
            second.GetProperty("unchanged").GetInt32()));
        Assert.Equal(["赵大", "赵二"], record.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        // 户在人不在: the son is on the register but does not live there, so the household counts one.
        Assert.Equal((2, 1, 1), (record.GetProperty("registerRows").GetInt32(), record.GetProperty("livingMembers").GetInt32(),
            record.GetProperty("size").GetInt32()));
        Assert.Equal(5200, record.GetProperty("incomePerPersonYuan").GetInt32());
        Assert.True(record.GetProperty("hasDibao").GetBoolean());
        Assert.Equal("weak", record.GetProperty("labour").GetString());
    }

    [Fact]
    public async Task ARegisterWithBadRowsIsRefusedWithEveryRowErrorAndNothingIsWritten()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);
        var bad = Register + "500112101001,,R-2,钱大,户主,1850,是,也许,否,全,,,\r\n";

        var response = await official.PostAsync("/api/monitoring/households/import", Csv(bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        var errors = problem.GetProperty("rowErrors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(4, "出生年份"), (4, "共同生活")], errors);
        Assert.Contains("第 4 行「共同生活」", problem.GetProperty("rowErrors")[1].GetProperty("text").GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM household_members"));
    }

    [Fact]
    public async Task AnOfficialOfAnotherTownCanNeitherImportNorSeeTheVillagesHouseholds()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);
        using var other = await app.ClientAsync(OfficialsApi.OtherTown, Departments.Rural);
        await official.PostAsync("/api/monitoring/households/import", Csv(Register));
        long id;
        using (var c = app.OpenDatabase()) id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'R-1'");

        var import = await other.PostAsync("/api/monitoring/households/import", Csv(Register.Replace("赵二", "赵三")));
        var record = await other.GetAsync($"/api/monitoring/households/{id}");
        var missing = await other.GetAsync("/api/monitoring/households/999999999");
        var search = await (await other.GetAsync("/api/monitoring/households?q=R-1")).JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Equal("村代码", (await import.JsonAsync()).GetProperty("rowErrors")[0].GetProperty("column").GetString());
        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        Assert.Equal((await missing.Content.ReadAsStringAsync()).Replace("999999999", id.ToString()), await record.Content.ReadAsStringAsync());
        Assert.Empty(search.EnumerateArray());
        using var check = app.OpenDatabase();
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM household_members WHERE name = '赵三'"));
    }

    [Fact]
    public async Task AGridWorkersKeyCannotImportAndABodyThatIsNotCsvIsRefused()
    {
        await using var app = new AlertsApp();
        using var worker = await app.ClientAsync(OfficialsApi.Town, Departments.Rural, role: AccountRoles.GridWorker);
        using var official = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);

        var refused = await worker.PostAsync("/api/monitoring/households/import", Csv(Register));
        var json = await official.PostAsync("/api/monitoring/households/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }
}
