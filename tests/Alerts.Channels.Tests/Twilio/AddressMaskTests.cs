using Alerts.Channels.Messages;

namespace Alerts.Channels.Tests.Twilio;

public sealed class AddressMaskTests
{
    [Theory]
    // Chinese mobile: country code + carrier prefix, last four.
    [InlineData("+8613812345678", "+86138****5678")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+14155552671", "+141****2671")]
    [InlineData("+447911123456", "+4479****3456")]
    [InlineData("+861381234567890", "+86138******7890")]
    [InlineData("+12345678", "+****5678")]
    [InlineData("+12345", "+***45")]
    [InlineData("whatsapp:+8613812345678", "whatsapp:+86138****5678")]
    // WeChat openids (28 chars) and other opaque ids: four at each end.
    [InlineData("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "oUpF****eS6o")]
    [InlineData("o6_bmjrPTlm6_2sgVt7hMZOPfL2M", "o6_b****fL2M")]
    [InlineData("abcdefghi", "ab****hi")]
    [InlineData("abcdefghijklmnop", "abcd****mnop")]
    [InlineData("short", "****")]
    [InlineData("12345678", "****5678")]
    [InlineData("+86 138 1234 5678", "+86 ****5678")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MasksPhonesAndOpenids(string? address, string expected) =>
        Assert.Equal(expected, AddressMask.Mask(address));

    [Theory]
    [InlineData("+8613812345678")]
    [InlineData("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")]
    [InlineData("+12345")]
    [InlineData("12345678")]
    [InlineData("abcdefgh")]
    public void NeverReturnsTheInput(string address) => Assert.NotEqual(address, AddressMask.Mask(address));
}
