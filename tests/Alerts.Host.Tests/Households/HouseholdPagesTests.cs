using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;
using static Alerts.Host.Tests.Households.HouseholdUploads;

namespace Alerts.Host.Tests.Households;

/// <summary>
/// The households console: a register imported on the page (counts, or every row error and nothing written), the
/// search and the record (unknown guarantees read 不详), the example register, and jurisdiction.
/// </summary>
public sealed class HouseholdPagesTests
{
    [Fact]
    public async Task AnOfficialImportsARegisterThenFindsTheHouseholdAndReadsItsRecordWithUnknownGuaranteesAsUnknown()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var imported = await (await PostAsync(official, "/households/import", Register)).Content.ReadAsStringAsync();
        var byName = await official.GetStringAsync("/households?q=赵大");
        var byNumber = await official.GetStringAsync($"/households?q=R-1&village={Village}");
        long id;
        using (var c = app.OpenDatabase()) id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'R-1'");
        var record = await official.GetStringAsync($"/households/{id}");

        Assert.Contains("id=\"count-households\">1<", imported);
        Assert.Contains("id=\"count-members\">2<", imported);
        Assert.Contains("id=\"count-created\">1<", imported);
        Assert.Contains($"href=\"/households/{id}\"", byName);
        Assert.Contains($"href=\"/households/{id}\"", byNumber);
        // 户在人不在: the son is on the register but lives elsewhere, so the household counts one, and the page says why.
        Assert.Contains("1 人", record);
        Assert.Contains("台账登记 2 人，其中共同生活 1 人", record);
        Assert.Contains("5200 元（2025 年度）", record);
        Assert.Contains("低保", record);
        Assert.Contains("id=\"guarantee-food\"><th scope=\"row\">不愁吃</th><td class=\"ok\">是</td>", record);
        Assert.Contains("id=\"guarantee-housing\"><th scope=\"row\">住房安全有保障</th><td class=\"unknown\">不详</td>", record);
        Assert.Contains("弱劳动能力", record);
        Assert.Contains("赵二", record);
    }

    [Fact]
    public async Task TheRecordLinksTheHouseholdsCasesAndReportsAndNamesItsHelperWithTheirNumber()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        await PostAsync(official, "/households/import", Register);
        long id, caseId;
        string helper;
        using (var c = app.OpenDatabase())
        {
            id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'R-1'");
            caseId = Monitoring.CaseRows.Insert(c);
            c.Execute("UPDATE monitoring_cases SET household_id = @Id WHERE id = @CaseId", new { Id = id, CaseId = caseId });
            c.Execute("UPDATE reports SET household_id = @Id WHERE number = '100001'", new { Id = id });
            var worker = c.QueryFirst<(long Id, string Name)>(
                "SELECT id, name FROM people WHERE role = 'grid_worker' AND phone IS NOT NULL ORDER BY id LIMIT 1");
            c.Execute("UPDATE households SET helper_id = @Worker WHERE id = @Id", new { Worker = worker.Id, Id = id });
            helper = worker.Name;
        }

        var record = await official.GetStringAsync($"/households/{id}");

        Assert.Contains($"href=\"/cases/{caseId}\"", record);
        Assert.Contains("href=\"/reports/100001\"", record);
        Assert.Matches($"id=\"household-helper\">{helper}，1[0-9]{{10}}<", record);
    }

    [Fact]
    public async Task ARegisterWithBadRowsShowsEveryRowErrorWithItsRowAndColumnAndWritesNothing()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var bad = Register + "500112101001,,R-2,钱大,户主,1850,是,也许,否,全,,,,\r\n";

        var page = await (await PostAsync(official, "/households/import", bad)).Content.ReadAsStringAsync();

        Assert.Contains("id=\"error-report\"", page);
        Assert.Contains("台账有 2 处错误，未导入任何内容", page);
        Assert.Contains("<td class=\"num\">4</td><td>出生年份</td>", page);
        Assert.Contains("<td class=\"num\">4</td><td>共同生活</td>", page);
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM households WHERE register_no IN ('R-1', 'R-2')"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM household_members"));
    }

    [Fact]
    public async Task TheExampleRegisterDownloadsWithEveryHeaderAndImportsAsItIs()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var download = await official.GetAsync("/households/import?handler=example");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        var imported = await (await PostAsync(official, "/households/import", text)).Content.ReadAsStringAsync();

        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("村代码,村名,户编号,姓名,与户主关系,出生年份,户籍在本户,共同生活,残疾,劳动能力,地址,人均纯收入(元)", text);
        Assert.Contains("帮扶责任人手机\r\n", text);
        Assert.Contains("id=\"count-members\">3<", imported);
    }

    [Fact]
    public async Task AnotherTownsOfficialFindsNothingAndIsAnsweredNotFoundAndAGridWorkerIsNotLetIn()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var other = await app.SignedInClientAsync(OtherTown, AccountRoles.Official);
        var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        await PostAsync(official, "/households/import", Register);
        long id;
        using (var c = app.OpenDatabase()) id = c.ExecuteScalar<long>("SELECT id FROM households WHERE register_no = 'R-1'");

        Assert.Contains("id=\"no-households\"", await other.GetStringAsync("/households?q=赵大"));
        Assert.Contains("不在您的辖区内的村", await other.GetStringAsync($"/households?village={Village}"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/households/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync("/households/999999")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/households")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync($"/households/{id}")).StatusCode);
        Assert.DoesNotContain("href=\"/households\"", await worker.GetStringAsync("/"));
        Assert.Contains("href=\"/households\"", await official.GetStringAsync("/"));
    }

    [Fact]
    public async Task ARegisterFromAnotherTownIsRefusedWithItsRowsAndWritesNothing()
    {
        await using var app = new AlertsApp();
        var other = await app.SignedInClientAsync(OtherTown, AccountRoles.Official);

        var page = await (await PostAsync(other, "/households/import", Register)).Content.ReadAsStringAsync();

        Assert.Contains("id=\"error-report\"", page);
        Assert.Contains("<td class=\"num\">2</td><td>村代码</td>", page);
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM household_members"));
    }
}
