using Alerts.Bot.Guidance;

namespace Alerts.Bot.Tests.Guidance;

public sealed class SmsBudgetTests
{
    private const string Rare = "\U00020000"; // 𠀀, CJK Extension B: outside the BMP, a surrogate pair.

    [Theory]
    [InlineData(0, true)]
    [InlineData(70, true)]
    [InlineData(71, true)]
    [InlineData(134, true)]
    [InlineData(135, false)]
    [InlineData(300, false)]
    public void ChineseTextFitsTwoSegmentsUpTo134Units(int length, bool fits) =>
        Assert.Equal(fits, SmsBudget.FitsTwoSegments(new string('灾', length)));

    [Theory]
    // A pair counts 2 units.
    [InlineData(0, 1, 2)]
    [InlineData(10, 3, 16)]
    public void CharactersOutsideTheBmpCountTwoUnits(int bmp, int rare, int units) =>
        Assert.Equal(units, SmsBudget.Units(new string('灾', bmp) + string.Concat(Enumerable.Repeat(Rare, rare))));

    [Theory]
    // 66 BMP units then a pair at units 67–68: the pair moves whole into part two, so 133 units need 3 parts only
    // when part two overflows.
    [InlineData(66, 66, false)]
    [InlineData(66, 65, true)]
    // The pair sits wholly inside part one: no shift.
    [InlineData(65, 67, true)]
    public void APairIsNeverSplitAcrossParts(int before, int after, bool fits)
    {
        var text = new string('灾', before) + Rare + new string('灾', after);

        Assert.Equal(fits, SmsBudget.FitsTwoSegments(text));
    }
}
