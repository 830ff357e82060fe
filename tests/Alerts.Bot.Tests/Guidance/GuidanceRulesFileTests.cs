using Alerts.Bot.Guidance;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Guidance;

/// <summary>The shipped data file, and the validator that keeps a bad edit of it from passing the tests.</summary>
public sealed class GuidanceRulesFileTests
{
    private const string Valid = """
        {"version":1,"rules":[RULES]}
        """;

    private const string GoodRule = """{"id":"r1","section":"relief","when":{"house":["collapsed"]},"lines":["会有人来。"]}""";

    [Fact]
    public void TheEmbeddedFileIsValid()
    {
        var errors = GuidanceRuleValidator.Validate(GuidanceRuleSet.ReadEmbeddedJson());

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void TheEmbeddedFileLoadsWithRulesInEverySectionAndEveryHeading()
    {
        var rules = GuidanceRuleSet.LoadEmbedded();

        Assert.All(Enum.GetValues<GuidanceSection>(), s => Assert.Contains(rules.Rules, r => r.Section == s));
        Assert.All(Enum.GetValues<GuidanceSection>(), s => Assert.True(rules.Headings.ContainsKey(s)));
        Assert.All(rules.Rules, r => Assert.All(r.Lines, l => Assert.InRange(l.Length, 1, GuidanceRuleValidator.MaxLineChars)));
    }

    [Theory]
    [MemberData(nameof(KnownHazards))]
    public void EveryHazardHasItsOwnSafetyRule(string hazard)
    {
        var rules = GuidanceRuleSet.LoadEmbedded();

        Assert.Contains(rules.Rules, r => r.Section == GuidanceSection.Safety && r.When.Hazards?.Contains(hazard) == true);
    }

    [Fact]
    public void AValidMinimalFilePasses() =>
        Assert.Empty(GuidanceRuleValidator.Validate(WithRules(WithSafetyForEveryHazard(GoodRule))));

    [Theory]
    [InlineData("""{"id":"x","section":"relief","when":{"hazzard":["flood"]},"lines":["a"]}""", "hazzard")]
    [InlineData("""{"id":"x","section":"relief","when":{"hazard":["floods"]},"lines":["a"]}""", "unknown value 'floods'")]
    [InlineData("""{"id":"x","section":"relief","when":{"house":["broken"]},"lines":["a"]}""", "unknown value 'broken'")]
    [InlineData("""{"id":"x","section":"relief","when":{"water":["dirty"]},"lines":["a"]}""", "unknown value 'dirty'")]
    [InlineData("""{"id":"x","section":"relief","when":{"crops":["all"]},"lines":["a"]}""", "unknown value 'all'")]
    [InlineData("""{"id":"x","section":"relief","when":{"household":["poor"]},"lines":["a"]}""", "unknown value 'poor'")]
    [InlineData("""{"id":"x","section":"relief","when":{"priority":["old"]},"lines":["a"]}""", "unknown value 'old'")]
    [InlineData("""{"id":"x","section":"relief","when":{"hazard":[]},"lines":["a"]}""", "empty list")]
    [InlineData("""{"id":"x","section":"relief","when":{"injured":"yes"},"lines":["a"]}""", "not valid guidance JSON")]
    [InlineData("""{"id":"x","section":"help","lines":["a"]}""", "section must be")]
    [InlineData("""{"id":"","section":"relief","lines":["a"]}""", "id must be")]
    [InlineData("""{"id":"r1","section":"relief","lines":["a"]}""", "id must be present and unique")]
    [InlineData("""{"id":"x","section":"relief","lines":[]}""", "at least one line")]
    [InlineData("""{"id":"x","section":"relief"}""", "at least one line")]
    [InlineData("""{"id":"x","section":"relief","lines":[" "]}""", "blank")]
    [InlineData("""{"id":"x","section":"relief","lines":[" 有空格"]}""", "untrimmed")]
    [InlineData("""{"id":"x","section":"relief","lines":["两行\n文字"]}""", "line break")]
    [InlineData("""{"id":"x","section":"relief","lines":["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"]}""", "31 characters")]
    [InlineData("""{"id":"x","section":"next","when":{"worker":true},"lines":["网格员{名字}会来。"]}""", "unknown placeholder")]
    [InlineData("""{"id":"x","section":"next","when":{"worker":true},"lines":["网格员{name会来。"]}""", "unknown placeholder")]
    [InlineData("""{"id":"x","section":"next","lines":["网格员{name}会来。"]}""", "\"worker\": true")]
    [InlineData("""{"id":"x","section":"next","when":{"worker":true},"lines":["一二三四五六七八九十一二三四五六七八九十{phone}"]}""", "31 characters")]
    [InlineData("""{"id":"x","section":"relief","lines":["同一行","同一行"]}""", "repeats a line")]
    public void ABadRuleIsReported(string rule, string expectedError)
    {
        var errors = GuidanceRuleValidator.Validate(WithRules(WithSafetyForEveryHazard(GoodRule + "," + rule)));

        Assert.Contains(errors, e => e.Contains(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceholderIsMeasuredAsItsWorstCaseExpansion()
    {
        // 18 characters + {phone} as 138****5678 (11) = 29: inside the limit although the template is 25 long.
        const string rule = """{"id":"x","section":"next","when":{"worker":true},"lines":["一二三四五六七八九十一二三四五六七八{phone}"]}""";

        Assert.Empty(GuidanceRuleValidator.Validate(WithRules(WithSafetyForEveryHazard(GoodRule + "," + rule))));
    }

    [Theory]
    [InlineData("""{"version":2,"rules":[]}""", "version must be 1")]
    [InlineData("""{"version":1,"rules":[]}""", "there are no rules")]
    [InlineData("""{"version":1,"headings":{"danger":"【危险】"},"rules":[]}""", "heading 'danger'")]
    [InlineData("""{"version":1,"rules":[],}""", "not valid guidance JSON")]
    [InlineData("""{"version":1,"rules":[] /* comment */}""", "not valid guidance JSON")]
    [InlineData("""{"version":1,"rules":[{"id":"x","section":"relief","lines":["a"]}]}""", "hazard 'landslide' has no safety rule")]
    public void ABadFileIsReported(string json, string expectedError) =>
        Assert.Contains(GuidanceRuleValidator.Validate(json), e => e.Contains(expectedError, StringComparison.Ordinal));

    [Fact]
    public void LoadingABadFileThrowsWithEveryProblemListed()
    {
        var json = WithRules("""{"id":"x","section":"help","lines":[]}""");

        var error = Assert.Throws<InvalidDataException>(() => GuidanceRuleSet.Parse(json));

        Assert.Contains("section must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least one line", error.Message, StringComparison.Ordinal);
        Assert.Contains("hazard 'flood' has no safety rule", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> KnownHazards() => new(ReportAnswers.KnownHazards);

    private static string WithRules(string rules) => Valid.Replace("RULES", rules, StringComparison.Ordinal);

    private static string WithSafetyForEveryHazard(string rules)
    {
        var hazards = string.Join(",", ReportAnswers.KnownHazards.Select(h => $"\"{h}\""));
        return $$"""{"id":"safe","section":"safety","when":{"hazard":[{{hazards}}]},"lines":["先到安全的地方。"]},""" + rules;
    }
}
