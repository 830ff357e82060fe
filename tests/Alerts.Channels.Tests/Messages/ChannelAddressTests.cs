using Alerts.Channels.Messages;

namespace Alerts.Channels.Tests.Messages;

public sealed class ChannelAddressTests
{
    [Theory]
    [InlineData(ChannelKind.WeChat, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", true)]
    [InlineData(ChannelKind.WeChat, "o6_bmjrPTlm6_2sgVt7hMZOPfL2M", true)]
    [InlineData(ChannelKind.WeChat, "a", true)]
    [InlineData(ChannelKind.WeChat, "oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-", true)]
    [InlineData(ChannelKind.WeChat, "oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false)]
    [InlineData(ChannelKind.WeChat, "", false)]
    [InlineData(ChannelKind.WeChat, null, false)]
    [InlineData(ChannelKind.WeChat, "oUpF8uMu AJO", false)]
    [InlineData(ChannelKind.WeChat, "oUpF8uMu'--", false)]
    [InlineData(ChannelKind.WeChat, "oUpF8uMu\n", false)]
    [InlineData(ChannelKind.WeChat, "小明", false)]
    [InlineData(ChannelKind.WeChat, "+8613812345678", false)]
    [InlineData(ChannelKind.Sms, "+8613812345678", true)]
    [InlineData(ChannelKind.Sms, "+14155552671", true)]
    [InlineData(ChannelKind.Sms, "13812345678", false)]
    [InlineData(ChannelKind.Sms, "+86 138 1234 5678", false)]
    [InlineData(ChannelKind.Sms, "+0613812345678", false)]
    [InlineData(ChannelKind.Sms, "+8613812345678901", false)]
    [InlineData(ChannelKind.Sms, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", false)]
    [InlineData(ChannelKind.Simulator, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", false)]
    public void AnAddressIsAcceptedOnlyInTheShapeItsChannelUses(ChannelKind channel, string? address, bool valid)
    {
        Assert.Equal(valid, ChannelAddress.IsValid(channel, address));
    }
}
