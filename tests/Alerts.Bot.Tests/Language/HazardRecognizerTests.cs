using Alerts.Bot.Language;

namespace Alerts.Bot.Tests.Language;

public sealed class HazardRecognizerTests
{
    [Theory]
    [InlineData("昨晚下暴雨", "Rainstorm")]
    [InlineData("雨太大了", "Rainstorm")]
    [InlineData("发洪水了", "Flood")]
    [InlineData("涨水了，河边的田都淹了", "Flood")]
    [InlineData("屋头进水了", "Flood")]
    [InlineData("我家房子被冲垮了。", null)] // 冲 alone does not say water or mud (issue 11)
    [InlineData("村里内涝严重", "Flood")]
    [InlineData("水稻被淹了", "Flood")]
    [InlineData("山洪下来了", "FlashFlood")]
    [InlineData("暴雨引发山洪", "FlashFlood")]
    [InlineData("下大雨，山洪把猪冲走了", "FlashFlood")]
    [InlineData("后山滑坡了", "Landslide")]
    [InlineData("雨下了三天三夜，后山滑下来好多泥巴", "Landslide")]
    [InlineData("路上塌方了", "Landslide")]
    [InlineData("垮山了", "Landslide")]
    [InlineData("山上垮下来了把猪圈埋了", "Landslide")]
    [InlineData("屋后头的堡坎垮了", "Landslide")]
    [InlineData("山体垮塌", "Landslide")]
    [InlineData("泥石流把房子冲垮了", "DebrisFlow")]
    [InlineData("有落石", "Collapse")]
    [InlineData("石头滚下来砸到屋顶", "Collapse")]
    [InlineData("地面塌陷了一个大坑", "GroundCollapse")]
    [InlineData("院坝地陷了", "GroundCollapse")]
    [InlineData("刮台风", "Typhoon")]
    [InlineData("下冰雹，菜都打烂了", "Hail")]
    [InlineData("大风把房顶掀了", "Gale")]
    [InlineData("龙卷风", "Gale")]
    [InlineData("风好大，瓦都吹掉了", "Gale")]
    [InlineData("遭雷打了", "Lightning")]
    [InlineData("雷击起火", "Lightning")]
    [InlineData("凝冻，水管冻爆了", "Freeze")]
    [InlineData("下暴雪", "Freeze")]
    [InlineData("天干，田里缺水", "Drought")]
    [InlineData("干旱，庄稼都干死了", "Drought")]
    [InlineData("连续高温", "Heat")]
    [InlineData("今天好热", "Heat")]
    [InlineData("打雷把电视打坏了", "Lightning")]
    [InlineData("地震了", "Earthquake")]
    [InlineData("厨房着火了", "Fire")]
    [InlineData("不是地震，是滑坡", "Landslide")]
    [InlineData("没想到山洪来了", "FlashFlood")]
    [InlineData("其他", "Other")]
    public void NamesTheHazardFromHowPeopleDescribeIt(string text, string? expected) =>
        Assert.Equal(expected, HazardRecognizer.Recognize(text)?.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("我叫王洪")]
    [InlineData("洪家湾三组")]
    [InlineData("水稻今年长得好")]
    [InlineData("自来水费涨了")]
    [InlineData("手机进水了")]
    [InlineData("娃儿发烧了")]
    [InlineData("下小雨")]
    [InlineData("没有滑坡")]
    [InlineData("坐火车回来")]
    [InlineData("看风水")]
    [InlineData("你好")]
    public void StaysSilentOnWordsThatOnlyLookLikeHazards(string text) =>
        Assert.Null(HazardRecognizer.Recognize(text));

    [Theory]
    [InlineData("Rainstorm", "Weather")]
    [InlineData("Typhoon", "Weather")]
    [InlineData("Freeze", "Weather")]
    [InlineData("Landslide", "Geological")]
    [InlineData("Earthquake", "Geological")]
    [InlineData("GroundCollapse", "Geological")]
    [InlineData("FlashFlood", "Flood")]
    [InlineData("Drought", "Flood")]
    [InlineData("Fire", "Other")]
    [InlineData("Other", "Other")]
    public void PutsEachHazardInItsFamily(string kind, string family) =>
        Assert.Equal(family, HazardRecognizer.FamilyOf(Enum.Parse<HazardKind>(kind)).ToString());
}
