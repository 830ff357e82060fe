using Alerts.Bot.Guidance;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Guidance;

/// <summary>Properties every composed guidance must have, checked over <see cref="GuidanceCase.All"/>.</summary>
public sealed class GuidanceEngineTests
{
    private static readonly GuidanceEngine Engine = new(GuidanceRuleSet.LoadEmbedded());

    public static TheoryData<int> Cases() => GuidanceCase.Ids();

    [Theory]
    [MemberData(nameof(Cases))]
    public void OutputIsNonEmptyAndSafetyComesFirstThenReliefThenNext(int id)
    {
        var (c, guidance) = Compose(id);

        Assert.NotEmpty(guidance.Texts);
        Assert.All(guidance.Texts, t => Assert.False(string.IsNullOrWhiteSpace(t), $"{c}"));
        Assert.Equal(GuidanceSection.Safety, guidance.Lines[0].Section);
        Assert.Equal(GuidanceSection.Next, guidance.Lines[^1].Section);
        var sections = guidance.Lines.Select(l => l.Section).ToList();
        Assert.Equal(sections.Order(), sections);
        Assert.StartsWith("【先保平安】\n", guidance.Texts[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryMessageFitsTwoSegmentsAndNoLineIsSplitOrRepeated(int id)
    {
        var (c, guidance) = Compose(id);

        Assert.All(guidance.Texts, t => Assert.True(
            SmsBudget.FitsTwoSegments(t), $"{t.Length}: {t} in {c}"));
        var headings = GuidanceRuleSet.LoadEmbedded().Headings.Values.ToHashSet();
        var sent = guidance.Texts.SelectMany(t => t.Split('\n')).Where(l => !headings.Contains(l));
        Assert.Equal(guidance.Lines.Select(l => l.Text), sent);
        Assert.Equal(guidance.Lines.Count, guidance.Lines.Select(l => l.Text).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReliefLinesAppearExactlyWhenTheirConditionsHold(int id)
    {
        var (c, guidance) = Compose(id);
        var relief = Section(guidance, GuidanceSection.Relief);
        var all = string.Join("\n", guidance.Lines.Select(l => l.Text));

        foreach (var (needle, applies) in ReliefExpectations)
        {
            Assert.True(applies(c.Report, c.Household) == relief.Contains(needle, StringComparison.Ordinal),
                $"'{needle}' expected {applies(c.Report, c.Household)} in relief for {c}:\n{relief}");
        }

        var shelter = c.Report.House is HouseDamage.Unsafe or HouseDamage.Collapsed;
        Assert.Equal(shelter, all.Contains("安置", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EmergencyNumbersAppearWhenSomeoneIsHurtOrInDanger(int id)
    {
        var (c, guidance) = Compose(id);
        var safety = Section(guidance, GuidanceSection.Safety);
        var r = c.Report;
        var inDanger = r.Injured > 0 || r.Deaths > 0 || r.House is HouseDamage.Unsafe or HouseDamage.Collapsed ||
            AcuteHazards.Contains(r.Hazard);

        Assert.Equal(inDanger, safety.Contains("110", StringComparison.Ordinal) &&
            safety.Contains("119", StringComparison.Ordinal) && safety.Contains("120", StringComparison.Ordinal));
        Assert.Equal(r.Injured > 0, safety.Contains("有人受伤，马上打120", StringComparison.Ordinal));
        Assert.Equal(r.Deaths > 0, safety.Contains("遇难", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheGridWorkersWholeDomesticNumberIsShownWhenThereIsAWorker(int id)
    {
        var (c, guidance) = Compose(id);
        var text = string.Join("\n", guidance.Texts);

        if (c.Worker is null)
        {
            Assert.Contains("村里的网格员会尽快上门核实", text, StringComparison.Ordinal);
            Assert.DoesNotContain(GuidanceCase.WorkerPhone, text, StringComparison.Ordinal);
        }
        else
        {
            // Issue 11: staff are verified, so villagers see the number whole, as they dial it.
            Assert.Contains($"网格员{GuidanceCase.WorkerName}会尽快上门核实", text, StringComparison.Ordinal);
            Assert.Contains(GuidanceCase.WorkerPhone, text, StringComparison.Ordinal);
            Assert.DoesNotContain("+86", text, StringComparison.Ordinal);
        }

        Assert.Equal(c.Report.ForNeighbour, text.Contains("告诉您的邻居", StringComparison.Ordinal));
        Assert.EndsWith("回复“进度”可查看办理情况。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("landslide", "远离山坡", "不要回屋取东西")]
    [InlineData("collapse", "远离山坡", "不要回屋取东西")]
    [InlineData("debris_flow", "往沟两边的高处跑", "不要回屋取东西")]
    [InlineData("ground_collapse", "远离塌陷的坑", "不要回屋取东西")]
    [InlineData("flood", "往高处走", "不要蹚水", "断电")]
    [InlineData("flash_flood", "往高处走", "不要蹚水", "断电", "山洪来得快")]
    [InlineData("rainstorm", "少出门", "低洼", "断电")]
    [InlineData("typhoon", "关好门窗", "躲风", "海边")]
    [InlineData("gale", "关好门窗", "躲风")]
    [InlineData("hail", "护住头", "不要在大树下躲冰雹")]
    [InlineData("lightning", "关好门窗", "水边躲雨", "插头")]
    [InlineData("freeze", "不要烧炭", "滑倒", "水管")]
    [InlineData("drought", "省着用水", "烧开")]
    [InlineData("heat", "多喝水", "阴凉处")]
    [InlineData("earthquake", "空地", "余震", "不要回屋取东西")]
    [InlineData("fire", "119", "湿毛巾", "不要回屋取东西")]
    [InlineData("other", "先到安全的地方去")]
    public void EachHazardGetsItsOwnSafetyAdviceAndNoOtherHazards(string hazard, params string[] expected)
    {
        var guidance = Engine.Compose(new ReportAnswers { Hazard = hazard }, new HouseholdStatus(), null);
        var safety = Section(guidance, GuidanceSection.Safety);

        Assert.All(expected, e => Assert.Contains(e, safety, StringComparison.Ordinal));
        Assert.All(guidance.Lines.Where(l => l.Section == GuidanceSection.Safety),
            l => Assert.True(l.RuleId == "call-acute-hazard" || l.RuleId.StartsWith("safety-", StringComparison.Ordinal)));
    }

    [Fact]
    public void AHazardLineForAnotherHazardNeverAppears()
    {
        var guidance = Engine.Compose(new ReportAnswers { Hazard = "heat" }, new HouseholdStatus(), null);
        var all = string.Join("\n", guidance.Texts);

        Assert.DoesNotContain("山坡", all, StringComparison.Ordinal);
        Assert.DoesNotContain("蹚水", all, StringComparison.Ordinal);
        Assert.DoesNotContain("110", all, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkerWithoutAPhoneIsNamedAndTheCallLineIsLeftOut()
    {
        var guidance = Engine.Compose(new ReportAnswers { Hazard = "flood" }, new HouseholdStatus(), new("李明", null));
        var all = string.Join("\n", guidance.Texts);

        Assert.Contains("网格员李明会尽快上门核实", all, StringComparison.Ordinal);
        Assert.DoesNotContain("来电号码", all, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlankWorkerNameCountsAsNoWorker()
    {
        var guidance = Engine.Compose(new ReportAnswers(), new HouseholdStatus(), new(" ", GuidanceCase.WorkerPhone));

        Assert.Contains(guidance.Lines, l => l.RuleId == "next-no-worker");
        Assert.DoesNotContain(guidance.Lines, l => l.Text.Contains("****", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWorstCaseStillFitsEveryMessageInTwoSegments()
    {
        var report = new ReportAnswers
        {
            Hazard = "flash_flood", Deaths = 1, Injured = 2, House = HouseDamage.Collapsed, Crops = CropLoss.TotalLoss,
            LivestockLost = true, Water = WaterSupply.Polluted, IncomeLostYuan = 9000, ExtraMedicalYuan = 3000,
            HasLabour = false, ForNeighbour = true,
        };
        var household = new HouseholdStatus
        {
            IsLiftedOut = true, IsMonitored = true, HasDibao = true, IsElderly = true, IsDisabled = true, LivesAlone = true,
        };

        var guidance = Engine.Compose(report, household, new("欧阳建国", "+8613812345678"));

        Assert.All(guidance.Texts, t => Assert.True(SmsBudget.FitsTwoSegments(t), t));
        Assert.InRange(guidance.Texts.Count, 2, 6);
    }

    // Needle in the relief section ⇔ condition, from domain.md "Help measures".
    private static readonly (string Needle, Func<ReportAnswers, HouseholdStatus, bool> Applies)[] ReliefExpectations =
    [
        ("危房", (r, _) => r.House is HouseDamage.Partial or HouseDamage.Severe or HouseDamage.Unsafe or HouseDamage.Collapsed),
        ("重建或危房改造", (r, _) => r.House is HouseDamage.Unsafe or HouseDamage.Collapsed),
        ("临时住处", (r, _) => r.House is HouseDamage.Unsafe or HouseDamage.Collapsed),
        ("送水", (r, _) => r.Water is not WaterSupply.Normal),
        ("消毒", (r, _) => r.Water == WaterSupply.Polluted),
        ("种子化肥", (r, _) => r.Crops != CropLoss.None),
        ("理赔", (r, _) => r.Crops != CropLoss.None || r.LivestockLost),
        ("销路", (r, _) => r.Crops == CropLoss.TotalLoss || r.LivestockLost),
        ("医疗救助", (r, _) => r.Injured > 0 || r.ExtraMedicalYuan > 0),
        ("临时救助", (r, _) => r.Injured > 0 || r.Deaths > 0 || r.House >= HouseDamage.Severe ||
            r.Crops == CropLoss.TotalLoss || r.Water == WaterSupply.None),
        ("申请低保", (r, h) => r.HasLabour == false && !h.HasDibao && !h.IsTekun),
        ("特困供养", (r, h) => r.HasLabour == false && !h.HasDibao && !h.IsTekun),
        ("公益岗位", (r, _) => r.HasLabour == true && r.IncomeLostYuan > 0),
        ("技能培训", (r, h) => r.HasLabour == true && r.IncomeLostYuan > 0 && !h.IsElderly && !h.IsDisabled),
        ("小额信贷", (r, h) => r.HasLabour == true && (h.IsLiftedOut || h.IsMonitored)),
        ("帮扶人", (_, h) => h.IsMonitored),
        ("您家有低保或特困", (_, h) => h.HasDibao || h.IsTekun),
    ];

    private static readonly HashSet<string> AcuteHazards =
        ["landslide", "collapse", "debris_flow", "ground_collapse", "flood", "flash_flood", "typhoon", "earthquake", "fire"];

    private static (GuidanceCase Case, GuidanceMessage Guidance) Compose(int id)
    {
        var c = GuidanceCase.All[id];
        return (c, Engine.Compose(c.Report, c.Household, c.Worker));
    }

    private static string Section(GuidanceMessage guidance, GuidanceSection section) =>
        string.Join("\n", guidance.Lines.Where(l => l.Section == section).Select(l => l.Text));
}
