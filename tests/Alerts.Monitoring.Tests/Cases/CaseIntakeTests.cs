using System.Data.Common;
using System.Text.Json;
using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Tests.Cases;

/// <summary>A confirmed report on a real migrated database: assessed on the household's record, one open case per household.</summary>
public sealed class CaseIntakeTests
{
    // 10:00 in Beijing on 1 July; confirmed three days later, when the clock has long been running.
    private static readonly DateTimeOffset ReportedUtc = new(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ConfirmedUtc = ReportedUtc.AddDays(3);

    private sealed record CaseFacts
    {
        public long Id { get; init; }
        public string? ObjectType { get; init; }
        public string RiskTypes { get; init; } = "";
        public bool RedWarning { get; init; }
        public int? PerCapitaIncomeYuan { get; init; }
        public string Explanation { get; init; } = "";
        public string OpenedUtc { get; init; } = "";
        public string DeadlineOn { get; init; } = "";
        public string Status { get; init; } = "";
    }

    [Fact]
    public async Task AHarvestFailureNearTheLineBecomesAMarginalCaseWithItsDeadlineCountedFromTheReport()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        // 6,500 a head last year, three living together (a fourth is registered but works away: 户在人不在).
        var household = RegisteredHousehold.Pick(c).WithIncome(c, 6500, 2025)
            .WithMember(c, "张大山", 1970).WithMember(c, "李秀英", 1972).WithMember(c, "张小明", 2015)
            .WithMember(c, "张小军", 1998, livesHere: false);

        var result = await ConfirmAsync(db, Report(household, crops: "total_loss", lost: 5000), ConfirmedUtc);

        Assert.True(result.Opened);
        var @case = Cases(c).Single();
        Assert.Equal(("边缘易致贫户", false, 4833, "identifying"),
            (@case.ObjectType, @case.RedWarning, @case.PerCapitaIncomeYuan, @case.Status));
        Assert.Equal("2026-07-16", @case.DeadlineOn); // 15 days from 1 July, the report, not from the 4 July confirmation
        Assert.Equal(ReportedUtc, DateTimeOffset.Parse(@case.OpenedUtc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["因灾"], JsonSerializer.Deserialize<string[]>(@case.RiskTypes)!);
        Assert.StartsWith("人均纯收入6500元（2025年），3口人扣除损失和医疗费最多5000元后约4833元，低于监测线6000元", @case.Explanation);
        Assert.Contains("请于2026-07-16前完成识别", @case.Explanation);
    }

    [Fact]
    public async Task ALaterReportAddsToTheOneOpenCaseItsRisksJoinAndARedWarningIsNeverTakenBack()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var household = RegisteredHousehold.Pick(c).WithIncome(c, 5500, 2025).WithMember(c, "王成", 1960).WithMember(c, "刘芳", 1962);

        var first = await ConfirmAsync(db, Report(household, water: "polluted"), ConfirmedUtc);
        var second = await ConfirmAsync(db, Report(household, house: "collapsed", injured: 1, at: ReportedUtc.AddDays(5)), ConfirmedUtc.AddDays(5));
        var third = await ConfirmAsync(db, Report(household, at: ReportedUtc.AddDays(8)), ConfirmedUtc.AddDays(8));

        Assert.Equal((true, false, false), (first.Opened, second.Opened, third.Opened));
        Assert.True(third.Assessment.AtRisk && !third.Assessment.RedWarning); // below the line, but no red
        var @case = Assert.Single(Cases(c));
        Assert.Equal((first.CaseId, first.CaseId, first.CaseId), ((long?)@case.Id, second.CaseId, third.CaseId));
        Assert.Equal(3L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM case_reports WHERE case_id = @Id", new { @case.Id }));
        Assert.True(@case.RedWarning);
        Assert.Equal(["因灾", "因病", "住房安全", "饮水安全"], JsonSerializer.Deserialize<string[]>(@case.RiskTypes)!);
        Assert.Equal("2026-07-16", @case.DeadlineOn); // the first report started the clock; later ones do not restart it
        Assert.StartsWith("【红色预警】", @case.Explanation); // the second report's reading: the milder third does not hide it
        Assert.Contains("住房不安全", @case.Explanation);
        Assert.Equal(["clue", "report_added", "report_added"],
            c.Query<string>("SELECT kind FROM case_events WHERE case_id = @Id ORDER BY id", new { @case.Id }));
    }

    [Fact]
    public async Task AReportThatShowsNoRiskOpensNoCaseAndAnUnknownIncomeOpensOneWithoutAType()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var wellOff = RegisteredHousehold.Pick(c, 0).WithIncome(c, 30000, 2025).WithMember(c, "赵一", 1980);
        var unknown = RegisteredHousehold.Pick(c, 1);

        var none = await ConfirmAsync(db, Report(wellOff, crops: "reduced", lost: 2000), ConfirmedUtc);
        var help = await ConfirmAsync(db, Report(unknown, house: "unsafe"), ConfirmedUtc);

        Assert.Null(none.CaseId);
        Assert.True(help.Opened);
        var @case = Assert.Single(Cases(c));
        Assert.Equal((null, true, (int?)null), (@case.ObjectType, @case.RedWarning, @case.PerCapitaIncomeYuan));
        Assert.StartsWith("【红色预警】收入不详（档案未登记），收入待核实；住房不安全", @case.Explanation);
    }

    private static async Task<CaseIntakeResult> ConfirmAsync(TempDatabase db, ReportRecord report, DateTimeOffset now)
    {
        var intake = new CaseIntake(new CaseStore(db.Db, new AuditStore(db.Db, TimeProvider.System)), new HouseholdProfileReader(),
            Options.Create(new RiskThresholdsOptions()));
        await using var work = await db.Db.BeginAsync(CancellationToken.None);
        var stored = await new ReportStore(db.Db).InsertAsync(work.Connection, work.Transaction, report, CancellationToken.None);
        var result = await intake.TakeConfirmedReportAsync(work, stored, "person:worker", now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return result;
    }

    private static ReportRecord Report(RegisteredHousehold h, string house = "none", string crops = "none", string water = "normal",
        int? lost = null, int injured = 0, DateTimeOffset? at = null) => new()
    {
        VillageCode = h.VillageCode, HouseholdId = h.Id, ReporterId = h.PersonId, Hazard = "drought", House = house, Crops = crops,
        Water = water, IncomeLostYuan = lost, Injured = injured, CreatedUtc = at ?? ReportedUtc,
    };

    private static List<CaseFacts> Cases(System.Data.Common.DbConnection c) => c.Query<CaseFacts>("""
        SELECT id, object_type, risk_types, red_warning, per_capita_income_yuan, explanation, opened_utc, deadline_on, status
        FROM monitoring_cases ORDER BY id
        """).AsList();
}
