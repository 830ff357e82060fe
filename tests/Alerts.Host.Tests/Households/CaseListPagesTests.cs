using System.Text;
using Alerts.Host.Tests.Monitoring;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Platform;
using Dapper;
using static Alerts.Host.Tests.Households.HouseholdUploads;

namespace Alerts.Host.Tests.Households;

/// <summary>
/// The case lists that come and go as files: a department's screening list uploaded (cases opened, or every bad line
/// named and nothing imported), and the case list and platform list downloaded with the data files' headers.
/// </summary>
public sealed class CaseListPagesTests
{
    private const string ListHeader = "村代码,户主姓名,户编号,原因,名单日期";

    [Fact]
    public async Task ADepartmentsListOpensACaseForTheMatchedHouseholdAndSaysWhatItDid()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        await PostAsync(official, "/households/import", Register);
        var list = ListHeader + "\r\n500112101001,赵大,R-1,新增低保,2026-11-01\r\n500112101001,查无此人,,医疗支出大,2026-11-01\r\n";

        var page = await (await PostAsync(official, "/cases/screening", list, ("department", "civil_affairs"))).Content.ReadAsStringAsync();
        var again = await (await PostAsync(official, "/cases/screening", list, ("department", "civil_affairs"))).Content.ReadAsStringAsync();

        Assert.Contains("id=\"count-clues\">2<", page);
        Assert.Contains("id=\"count-matched\">1<", page);
        Assert.Contains("id=\"count-opened\">1<", page);
        Assert.Contains("id=\"count-duplicates\">2<", again);
        using var c = app.OpenDatabase();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM monitoring_cases WHERE source = 'department_screening'"));
    }

    [Fact]
    public async Task ABadListNamesEveryBadLineAndTheMissingDepartmentAndImportsNothing()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var list = ListHeader + "\r\n500112101001,赵大,,新增低保,2026-11-01\r\n5001,钱二,,,明天\r\n500112102001,孙三,,医疗,2026-11-01\r\n";

        var noDepartment = await (await PostAsync(official, "/cases/screening", list, ("department", ""))).Content.ReadAsStringAsync();
        var page = await (await PostAsync(official, "/cases/screening", list, ("department", "water"))).Content.ReadAsStringAsync();

        Assert.Contains("id=\"department-error\"", noDepartment);
        Assert.Contains("id=\"screening-errors\"", page);
        Assert.Contains("<td class=\"num\">3</td><td>村代码须为 12 位村级区划代码</td>", page);
        Assert.Contains("<td class=\"num\">3</td><td>名单日期", page);
        Assert.Contains("<td class=\"num\">4</td><td>村代码不存在或不在您的辖区</td>", page);
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM screening_clues"));
    }

    [Fact]
    public async Task BothExportsCarryTheDataFilesHeadersWithABomAndOnlyTheCallersPlaces()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var other = await app.SignedInClientAsync(OtherTown, AccountRoles.Official);
        long id;
        using (var c = app.OpenDatabase()) id = CaseRows.Insert(c);

        var cases = await official.GetByteArrayAsync($"/cases/exports?handler=cases&status=identifying&village={Village}");
        var platform = await official.GetByteArrayAsync("/cases/exports?handler=platform");
        var elsewhere = await other.GetByteArrayAsync("/cases/exports?handler=cases");
        var refused = await other.GetStringAsync($"/cases/exports?handler=cases&village={Village}");
        var declinedOnly = await official.GetByteArrayAsync("/cases/exports?handler=cases&status=declined");

        Assert.Equal([0xEF, 0xBB, 0xBF], cases[..3]);
        Assert.Equal([0xEF, 0xBB, 0xBF], platform[..3]);
        var caseLines = Lines(cases);
        Assert.Equal(string.Join(',', CaseListExport.Columns.Select(col => col.Header)), caseLines[0]);
        Assert.StartsWith($"{id},识别中,农户自主申报,", caseLines[1]);
        Assert.Contains("洪水", caseLines[1]);
        Assert.Equal(string.Join(',', PlatformExport.Columns.Select(col => col.Header)), Lines(platform)[0]);
        Assert.Single(Lines(elsewhere));
        Assert.Single(Lines(declinedOnly));
        Assert.Contains("id=\"case-village-error\"", refused);
    }

    private static string[] Lines(byte[] csv) =>
        Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
