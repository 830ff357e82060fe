using Alerts.Channels.Sms;

namespace Alerts.Channels.Tests.Sms;

public sealed class OptOutKeywordsTests
{
    [Theory]
    [InlineData("STOP", nameof(SmsKeyword.OptOut))]
    [InlineData("stop", nameof(SmsKeyword.OptOut))]
    [InlineData("  Stop \n", nameof(SmsKeyword.OptOut))]
    [InlineData("ＳＴＯＰ", nameof(SmsKeyword.OptOut))]
    [InlineData("　ｓｔｏｐ　", nameof(SmsKeyword.OptOut))]
    [InlineData("STOPALL", nameof(SmsKeyword.OptOut))]
    [InlineData("UNSUBSCRIBE", nameof(SmsKeyword.OptOut))]
    [InlineData("cancel", nameof(SmsKeyword.OptOut))]
    [InlineData("End", nameof(SmsKeyword.OptOut))]
    [InlineData("QUIT", nameof(SmsKeyword.OptOut))]
    [InlineData("REVOKE", nameof(SmsKeyword.OptOut))]
    [InlineData("OPTOUT", nameof(SmsKeyword.OptOut))]
    [InlineData("TD", nameof(SmsKeyword.OptOut))]
    [InlineData("td", nameof(SmsKeyword.OptOut))]
    [InlineData("ＴＤ", nameof(SmsKeyword.OptOut))]
    [InlineData("退订", nameof(SmsKeyword.OptOut))]
    [InlineData(" 退订 ", nameof(SmsKeyword.OptOut))]
    [InlineData("取消订阅", nameof(SmsKeyword.OptOut))]
    [InlineData("START", nameof(SmsKeyword.OptIn))]
    [InlineData("yes", nameof(SmsKeyword.OptIn))]
    [InlineData("UNSTOP", nameof(SmsKeyword.OptIn))]
    [InlineData("订阅", nameof(SmsKeyword.OptIn))]
    [InlineData("HELP", nameof(SmsKeyword.Help))]
    [InlineData("info", nameof(SmsKeyword.Help))]
    [InlineData("ＨＥＬＰ", nameof(SmsKeyword.Help))]
    public void SingleKeywordsAreRecognised(string text, string expected) =>
        Assert.Equal(Enum.Parse<SmsKeyword>(expected), OptOutKeywords.Classify(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("STOP PLEASE")]
    [InlineData("please stop")]
    [InlineData("STOP!")]
    [InlineData("STOPP")]
    [InlineData("T")]
    [InlineData("退订短信")]
    [InlineData("我要退订")]
    // 帮助 is the bot's own help word and must reach the bot.
    [InlineData("帮助")]
    [InlineData("1")]
    [InlineData("Flood in the village")]
    public void EverythingElseIsNotAKeyword(string? text) =>
        Assert.Equal(SmsKeyword.None, OptOutKeywords.Classify(text));
}
