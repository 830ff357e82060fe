using Alerts.Bot.Guidance;

namespace Alerts.Bot.Tests.Guidance;

public sealed class PhoneDisplayTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+8613812345678", "138****5678")]
    [InlineData("008613812345678", "138****5678")]
    [InlineData("138 1234 5678", "138****5678")]
    [InlineData("138-1234-5678", "138****5678")]
    [InlineData("023-67891234", "023****1234")]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData(null, "")]
    public void ShowsTheDomesticNumberMasked(string? phone, string expected) =>
        Assert.Equal(expected, PhoneDisplay.Mask(phone));
}
