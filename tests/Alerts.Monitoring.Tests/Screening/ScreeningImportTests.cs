using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Screening;
using Alerts.Monitoring.Tests.Cases;
using Dapper;
using static Alerts.Monitoring.Tests.Cases.CaseWorld;

namespace Alerts.Monitoring.Tests.Screening;

/// <summary>部门筛查预警: a department's list becomes clues, matched to register households, once.</summary>
public sealed class ScreeningImportTests
{
    [Fact]
    public async Task AListMatchesHouseholdsOpensAndJoinsCasesAndImportingItAgainAddsNothing()
    {
        await using var world = await CreateAsync();
        var byNumber = world.AddHousehold("编号甲", registerNo: "A-0001");
        var byName = world.AddHousehold("姓名乙");
        var open = await world.OpenAsync(byName);
        var listed = world.Today.AddDays(-4).ToString("yyyy-MM-dd");
        var csv = $"""
            村代码,户主姓名,户编号,原因,名单日期
            {Village},户主另名,A-0001,"医疗自付费用高, 超过 3 万元",{listed}
            {Village},姓名乙,,低保边缘,{listed}
            {Village},查无此人,,住房鉴定为 C 级,{listed}

            """;
        var import = world.Get<ScreeningImport>();

        var first = await import.ImportAsync("医保", csv, TownOfficial(), world.Now, Ct);
        var again = await import.ImportAsync("medical_insurance", csv, TownOfficial(), world.Now, Ct);

        Assert.Empty(first.Errors);
        Assert.Equal((3, 3, 2, 1, 1), (first.Rows, first.Imported, first.Matched, first.Opened, first.Joined));
        Assert.Equal((0, 3, 0), (again.Imported, again.Duplicates, again.Opened));
        using var c = world.Open();
        var opened = c.QuerySingle<(long Id, string Source, string DeadlineOn)>(
            "SELECT id, source, deadline_on FROM monitoring_cases WHERE household_id = @H", new { H = byNumber });
        Assert.Equal("department_screening", opened.Source);
        Assert.Equal(world.Today.AddDays(11).ToString("yyyy-MM-dd"), opened.DeadlineOn);
        Assert.Equal(["clue:application", "clue:department_screening"], world.EventKinds(open));
        Assert.Equal("医保：低保边缘", c.ExecuteScalar<string>(
            "SELECT note FROM case_events WHERE case_id = @Id AND outcome = 'department_screening'", new { Id = open }));
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM screening_clues WHERE household_id IS NULL AND head_name = '查无此人'"));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'screening_imported'"));
    }

    [Fact]
    public async Task TwoHouseholdsWithOneHeadsNameMatchNeither()
    {
        await using var world = await CreateAsync();
        world.AddHousehold("同名丙");
        world.AddHousehold("同名丙");

        var result = await world.Get<ScreeningImport>().ImportAsync("water",
            $"村代码,户主姓名,原因,名单日期\n{Village},同名丙,饮水不安全,{world.Today:yyyy-MM-dd}\n", TownOfficial(), world.Now, Ct);

        Assert.Equal((1, 0, 0), (result.Imported, result.Matched, result.Opened));
    }

    [Fact]
    public async Task ABadListImportsNothingAndNamesEveryBadLine()
    {
        await using var world = await CreateAsync();
        var csv = $"""
            户主姓名,村代码,原因,名单日期
            好人丁,{Village},低保,2026-10-01
            ,{Village},低保,2026-10-01
            某戊,5001121010,,明天
            某己,500112102001,低保,2026-10-01
            """;

        var result = await world.Get<ScreeningImport>().ImportAsync("civil_affairs", csv, TownOfficial(), world.Now, Ct);

        Assert.Equal([3, 4, 4, 4, 5], result.Errors.Select(e => e.Line));
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Chinese.Contains("不在您的辖区"));
        Assert.Equal(0, result.Imported);
        using var c = world.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM screening_clues"));
    }

    [Theory]
    [InlineData("education", "村代码,户主姓名,原因,名单日期\n")]
    [InlineData("民政", "村代码,户主姓名,名单日期\n")]
    [InlineData("民政", "村代码,\"户主姓名\n")]
    public async Task AnUnknownOfficeOrAMissingColumnIsRefused(string office, string csv)
    {
        await using var world = await CreateAsync();

        var result = await world.Get<ScreeningImport>().ImportAsync(office, csv, TownOfficial(), world.Now, Ct);

        Assert.Single(result.Errors);
        Assert.Equal(0, result.Imported);
    }
}
