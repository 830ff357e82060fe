using Alerts.Store.Regions;

namespace Alerts.Store.Tests.Queries;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("500000000000", 1, "50")]
    [InlineData("500100000000", 2, "5001")]
    [InlineData("500112000000", 3, "500112")]
    [InlineData("500112101000", 4, "500112101")]
    [InlineData("500112101001", 5, "500112101001")]
    public void LevelAndPrefixFollowTheTrailingZeros(string code, int level, string prefix)
    {
        Assert.Equal(level, DivisionCode.Level(code));
        Assert.Equal(prefix, DivisionCode.Prefix(code));
    }

    [Theory]
    [InlineData("500112101", "500112101", "500112102")]
    [InlineData("500119", "500119", "50011:")]
    [InlineData("50", "50", "51")]
    public void RangeCoversExactlyThePrefix(string prefix, string from, string to)
    {
        Assert.Equal((from, to), DivisionCode.Range(prefix));
    }

    [Theory]
    [InlineData("500112101", "500112101001", true)]
    [InlineData("500112101", "500112101999", true)]
    [InlineData("500112101", "500112102001", false)]
    [InlineData("500112101", "500112100999", false)]
    [InlineData("500119", "500119999999", true)]
    [InlineData("500119", "500120000000", false)]
    public void ACodeIsInsideAPrefixRangeExactlyWhenItStartsWithThePrefix(string prefix, string code, bool inside)
    {
        var (from, to) = DivisionCode.Range(prefix);
        var inRange = string.CompareOrdinal(code, from) >= 0 && string.CompareOrdinal(code, to) < 0;
        Assert.Equal(inside, inRange);
        Assert.Equal(inside, code.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("500112101000", "500112101")]
    [InlineData("500112", "500112")]
    [InlineData("500112101", "500112101")]
    [InlineData("5001121010", null)]
    [InlineData("50011210100a", null)]
    [InlineData("", null)]
    [InlineData("000000000000", null)]
    public void ToPrefixAcceptsCodesAndPrefixesOnly(string text, string? expected)
    {
        Assert.Equal(expected, DivisionCode.ToPrefix(text));
    }

    [Theory]
    [InlineData("500112101001", "500112101000")]
    [InlineData("500112101000", "500112000000")]
    [InlineData("500112000000", "500100000000")]
    [InlineData("500100000000", "500000000000")]
    [InlineData("500000000000", null)]
    public void ParentIsOneLevelUp(string code, string? parent)
    {
        Assert.Equal(parent, DivisionCode.Parent(code));
    }
}
