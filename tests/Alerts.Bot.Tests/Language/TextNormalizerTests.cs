using Alerts.Bot.Language;

namespace Alerts.Bot.Tests.Language;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("ＴＤ", "td")]
    [InlineData("１２", "12")]
    [InlineData("ＨＥＬＰ", "help")]
    [InlineData("我家房子被冲垮了。", "我家房子被冲垮了")]
    [InlineData("屋头进水了！！", "屋头进水了")]
    [InlineData("嗯，是的。", "是的")]
    [InlineData("嗯嗯是的", "是的")]
    [InlineData("嗯", "嗯")]
    [InlineData("嗯嗯", "嗯嗯")]
    [InlineData("？", "?")]
    [InlineData("那个，我家猪圈垮了", "我家猪圈垮了")]
    [InlineData("就是，山上垮下来了", "山上垮下来了")]
    [InlineData("就是这样", "就是这样")]
    [InlineData("就是", "就是")]
    [InlineData("呃……不用了", "不用了")]
    [InlineData("好的啊", "好的")]
    [InlineData("大概一万五吧", "大概一万五")]
    [InlineData("房子　　裂了   好大", "房子 裂了 好大")]
    [InlineData("是吗？", "是吗")]
    [InlineData("哎呀我家房子塌了", "我家房子塌了")]
    [InlineData("恩施", "恩施")]
    [InlineData("山体滑坡，房子塌了。", "山体滑坡,房子塌了")]
    [InlineData("\u200B菜单\uFEFF", "菜单")]
    [InlineData("喂猪的时候摔了", "喂猪的时候摔了")]
    public void CleansWhatVoiceAndPhonesAddAndKeepsTheMeaning(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));
}
