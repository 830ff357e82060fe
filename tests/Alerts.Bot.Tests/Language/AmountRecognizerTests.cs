using Alerts.Bot.Language;

namespace Alerts.Bot.Tests.Language;

/// <summary>Issue 11: sums as villagers say them, kept as the least and the most, never rounded into a fact.</summary>
public sealed class AmountRecognizerTests
{
    [Theory]
    [InlineData("一万二", 12000, 12000)]
    [InlineData("1.2万", 12000, 12000)]
    [InlineData("两三千", 2000, 3000)]
    [InlineData("大概五千", 5000, 5000)]
    [InlineData("十几万", 110000, 190000)]
    [InlineData("起码十几万", 110000, 190000)]
    [InlineData("三四万块", 30000, 40000)]
    [InlineData("万把块", 10000, 10000)]
    [InlineData("一万多", 10000, 20000)]
    [InlineData("好几万", 20000, 90000)]
    [InlineData("几百块", 200, 900)]
    [InlineData("一万五六", 15000, 16000)]
    [InlineData("两头猪加苞谷 差不多一万二", 12000, 12000)]
    [InlineData("莫得", 0, 0)]
    [InlineData("0", 0, 0)]
    public void AnAnswerGivesTheRangeSaid(string text, long min, long max) =>
        Assert.Equal(new YuanRange(min, max), AmountRecognizer.Answer(TextNormalizer.Normalize(text)));

    [Theory]
    [InlineData("死了两头猪")]
    [InlineData("我今年七十几了")]
    [InlineData("屋顶烧了一块")]
    [InlineData("苞谷一点都没得了")]
    [InlineData("停水三天了")]
    public void CountsOfOtherThingsAreNotMoney(string text) =>
        Assert.Equal((null, null), AmountRecognizer.InMessage(TextNormalizer.Normalize(text)));

    [Fact]
    public void MoneyAfterAHospitalIsMedicalSpending() =>
        Assert.Equal(((YuanRange?)null, (YuanRange?)new YuanRange(3000, 4000)),
            AmountRecognizer.InMessage(TextNormalizer.Normalize("送到镇医院了花了三千多")));
}
