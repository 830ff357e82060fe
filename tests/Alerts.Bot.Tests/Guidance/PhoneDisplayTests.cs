using Alerts.Bot.Guidance;

namespace Alerts.Bot.Tests.Guidance;

public sealed class PhoneDisplayTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("008613812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("023-67891234", "02367891234")]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData(null, "")]
    public void ShowsTheWholeDomesticNumberAsItIsDialled(string? phone, string expected) =>
        Assert.Equal(expected, PhoneDisplay.Domestic(phone));
}
