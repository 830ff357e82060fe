using Alerts.Bot.Language;

namespace Alerts.Bot.Tests.Language;

public sealed class GlobalCommandsTests
{
    [Theory]
    [InlineData("菜单", "Menu")]
    [InlineData("菜单。", "Menu")]
    [InlineData("帮助", "Menu")]
    [InlineData("HELP", "Menu")]
    [InlineData("?", "Menu")]
    [InlineData("？", "Menu")]
    [InlineData("？？", "Menu")]
    [InlineData("0", "Menu")]
    [InlineData("０", "Menu")]
    [InlineData("取消", "Cancel")]
    [InlineData("我要取消", "Cancel")]
    [InlineData("退出", "Cancel")]
    [InlineData("不报了", "Cancel")]
    [InlineData("我不报了", "Cancel")]
    [InlineData("算了", "Cancel")]
    [InlineData("算了吧", "Cancel")]
    [InlineData("算了，不报了", "Cancel")]
    [InlineData("算了算了", "Cancel")]
    [InlineData("重新开始", "Restart")]
    [InlineData("重来", "Restart")]
    [InlineData("从头开始", "Restart")]
    [InlineData("重新报一次", "Restart")]
    [InlineData("人工", "Human")]
    [InlineData("转人工", "Human")]
    [InlineData("找人", "Human")]
    [InlineData("找网格员", "Human")]
    [InlineData("网格员", "Human")]
    [InlineData("网格员电话多少", "Human")]
    [InlineData("打电话给我", "Human")]
    [InlineData("麻烦给我打电话", "Human")]
    [InlineData("预警", "Warnings")]
    [InlineData("有预警吗？", "Warnings")]
    [InlineData("最新预警", "Warnings")]
    [InlineData("看看预警", "Warnings")]
    [InlineData("进度", "Progress")]
    [InlineData("查进度", "Progress")]
    [InlineData("查一下进度", "Progress")]
    [InlineData("进度呢", "Progress")]
    [InlineData("我的报告", "Progress")]
    [InlineData("处理到哪了", "Progress")]
    [InlineData("帮我看看进度", "Progress")]
    [InlineData("待核实", "Pending")]
    [InlineData("核实列表", "Pending")]
    [InlineData("待核实的", "Pending")]
    [InlineData("谢谢，菜单", "Menu")]
    [InlineData("救命", "HelpRequest")]
    [InlineData("救救我", "HelpRequest")]
    [InlineData("需要帮助", "HelpRequest")]
    [InlineData("我们被困在屋头了，快来人", "HelpRequest")]
    public void RecognizesWordsThatWorkAnywhere(string text, string expected) =>
        Assert.Equal(expected, GlobalCommands.Recognize(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("算了一下损失两千")]
    [InlineData("取消了的订单")]
    [InlineData("菜单上没有")]
    [InlineData("我家房子被冲垮了")]
    [InlineData("算了，房子塌了")]
    [InlineData("不需要帮助")]
    [InlineData("没有被困")]
    [InlineData("收到")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("好的")]
    public void LeavesEverythingElseToTheDialog(string text) =>
        Assert.Equal(GlobalCommand.None.ToString(), GlobalCommands.Recognize(text).ToString());

    [Fact]
    public void ZeroIsAnAnswerWhenTheQuestionWantsANumber() =>
        Assert.Equal(GlobalCommand.None.ToString(), GlobalCommands.Recognize("0", expectsNumber: true).ToString());

    [Theory]
    [InlineData("收到", "Acknowledge")]
    [InlineData("已收到。", "Acknowledge")]
    [InlineData("知道了", "Acknowledge")]
    [InlineData("晓得了", "Acknowledge")]
    [InlineData("明白", "Acknowledge")]
    [InlineData("已转移", "Acknowledge")]
    [InlineData("收到，已经转移了，谢谢", "Acknowledge")]
    [InlineData("1", "Acknowledge")]
    [InlineData("１", "Acknowledge")]
    [InlineData("2", "HelpRequest")]
    [InlineData("救命", "HelpRequest")]
    [InlineData("收到，我们被困了", "HelpRequest")]
    [InlineData("收到，房子裂了", "None")]
    [InlineData("菜单", "Menu")]
    public void InReplyToAWarningHearsAcknowledgementsAndCallsForHelp(string text, string expected) =>
        Assert.Equal(expected, GlobalCommands.Recognize(text, replyingToWarning: true).ToString());

    [Theory]
    [InlineData("收到", false, true)]
    [InlineData("收到了谢谢", false, true)]
    [InlineData("好的谢谢", false, true)]
    [InlineData("收到，谢谢", false, true)]
    [InlineData("1", false, false)]
    [InlineData("1", true, true)]
    [InlineData("房子塌了", false, false)]
    public void AcknowledgesOnlyWhenThatIsAllTheMessageSays(string text, bool numbered, bool expected) =>
        Assert.Equal(expected, GlobalCommands.IsAcknowledgement(text, numbered));

    [Theory]
    [InlineData("需要帮助", false, true)]
    [InlineData("帮帮我", false, true)]
    [InlineData("求救", false, true)]
    [InlineData("出不去了", false, true)]
    [InlineData("不需要帮助", false, false)]
    [InlineData("帮助", false, false)]
    [InlineData("2", false, false)]
    [InlineData("2", true, true)]
    [InlineData("受伤两人", true, false)]
    public void HearsACallForHelpAnywhereInTheMessage(string text, bool numbered, bool expected) =>
        Assert.Equal(expected, GlobalCommands.IsHelpRequest(text, numbered));
}
