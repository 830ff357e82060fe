using Alerts.Bot.Language;

namespace Alerts.Bot.Tests.Language;

/// <summary>
/// Each case lists every fact the message must yield and nothing else, in <see cref="Describe"/>'s order, so a fact
/// read where none was said fails the test as surely as one missed.
/// </summary>
public sealed class ReportPrefillTests
{
    [Theory]
    [InlineData("我家房子被冲垮了。", "House=Collapsed")] // 冲 alone does not say water or mud
    [InlineData("房子倒了", "House=Collapsed")]
    [InlineData("屋头塌了", "House=Collapsed")]
    [InlineData("屋头进水了", "Hazard=Flood House=Minor")]
    [InlineData("房子漏水", "House=Minor")]
    [InlineData("墙上有裂缝", "House=Minor")]
    [InlineData("房子开裂了", "House=Minor")]
    [InlineData("房子大裂缝，不敢住了", "House=Unsafe")]
    [InlineData("墙裂得很厉害", "House=Severe")]
    [InlineData("墙倒了", "House=Partial")]
    [InlineData("风好大，瓦都吹掉了", "Hazard=Gale House=Minor")]
    [InlineData("屋头的房子垮了一半", "House=Partial")]
    [InlineData("我家没有人受伤，就是房子裂了好大一条缝", "House=Severe Injured=0")]
    [InlineData("大风把房顶掀了", "Hazard=Gale House=Partial")]
    [InlineData("房子成危房了", "House=Unsafe")]
    [InlineData("房子快垮了", "House=Unsafe")]
    [InlineData("房子没事", "House=None")]
    [InlineData("山洪冲了屋头", "Hazard=FlashFlood")] // hit, but how badly is asked (issue 11)
    [InlineData("灶屋那面墙垮了", "House=Partial")]
    [InlineData("房子没垮", "")]
    [InlineData("房子没倒，但是裂了", "House=Minor")]
    [InlineData("房子没进水", "House=None")]
    [InlineData("房子没事，树倒了", "House=None")]
    [InlineData("山上垮下来了把猪圈埋了", "Hazard=Landslide House=Partial")]
    [InlineData("泥石流把房子埋了", "Hazard=DebrisFlow House=Collapsed")]
    public void ReadsTheHouse(string text, string expected) => Assert.Equal(expected, Describe(ReportPrefill.Extract(text)));

    [Theory]
    [InlineData("死了一个", "")] // a person or a pig? asked, not guessed (issue 11)
    [InlineData("去世1人", "Deaths=1")]
    [InlineData("我爸死了", "Deaths=1")]
    [InlineData("两个人遇难", "Deaths=2")]
    [InlineData("受伤两人", "Injured=2")]
    [InlineData("两个娃儿受伤了", "Injured=2")]
    [InlineData("娃儿他爸摔伤了", "Injured=1")]
    [InlineData("摔伤了", "Injured=1")]
    [InlineData("老人不小心摔伤了", "Injured=1")]
    [InlineData("我和老伴都受伤了", "Injured=2")]
    [InlineData("房子塌了，压伤了一个人", "House=Collapsed Injured=1")]
    [InlineData("死了一个，伤了三个", "Injured=3")]
    [InlineData("受伤的有三个", "Injured=3")]
    [InlineData("老伴腿摔断了", "Injured=1")]
    [InlineData("我们都好", "Deaths=0 Injured=0")]
    [InlineData("没人受伤", "Injured=0")]
    [InlineData("没有人受伤", "Injured=0")]
    [InlineData("没死人", "Deaths=0")]
    [InlineData("人都没事", "Deaths=0 Injured=0")]
    [InlineData("没有人员伤亡", "Deaths=0 Injured=0")]
    [InlineData("房子垮了，人没事", "House=Collapsed Deaths=0 Injured=0")]
    [InlineData("猪死了", "LivestockLost=True")]
    [InlineData("牛受伤了", "")]
    public void ReadsPeopleAndDoesNotCountAnimalsAsPeople(string text, string expected) =>
        Assert.Equal(expected, Describe(ReportPrefill.Extract(text)));

    [Theory]
    [InlineData("庄稼全没了", "Crops=TotalLoss")]
    [InlineData("今年绝收了", "")]
    [InlineData("苞谷绝收了", "Crops=TotalLoss")]
    [InlineData("田都淹了", "Hazard=Flood Crops=TotalLoss")]
    [InlineData("水稻淹了一半", "Hazard=Flood Crops=Reduced")]
    [InlineData("玉米减产", "Crops=Reduced")]
    [InlineData("我家水田被冲了", "")]
    [InlineData("下冰雹，菜地打烂了", "Hazard=Hail")] // how badly is asked
    [InlineData("庄稼没事", "Crops=None")]
    [InlineData("死了三头猪", "LivestockLost=True LivestockCount=3")]
    [InlineData("猪儿冲走了两头", "LivestockLost=True LivestockCount=2")]
    [InlineData("冲走了十几只鸡", "LivestockLost=True")]
    [InlineData("牛被压死了", "LivestockLost=True")]
    [InlineData("猪没事", "LivestockLost=False")]
    [InlineData("鸡没死", "LivestockLost=False")]
    [InlineData("鸡鸭都淹死了二十多只", "Hazard=Flood LivestockLost=True")] // 二十多 is no count
    [InlineData("猪圈垮了，死了两头猪", "House=Partial LivestockLost=True LivestockCount=2")]
    [InlineData("买了两斤猪肉", "")]
    public void ReadsCropsAndLivestock(string text, string expected) =>
        Assert.Equal(expected, Describe(ReportPrefill.Extract(text)));

    [Theory]
    [InlineData("没水喝了", "Water=None")]
    [InlineData("停水三天了", "Water=None")]
    [InlineData("水管冲断了", "Water=None")]
    [InlineData("井水浑了", "Water=Polluted")]
    [InlineData("水脏得很", "Water=Polluted")]
    [InlineData("水不够吃", "Water=Short")]
    [InlineData("家里断水了三天了，水井也浑了", "Water=None")]
    [InlineData("没停水", "Water=Normal")]
    [InlineData("天干，田里缺水", "Hazard=Drought")]
    [InlineData("老伴住院了", "Medical=True")]
    [InlineData("娃儿生病了，要看病", "Medical=True")]
    [InlineData("没生病", "Medical=False")]
    [InlineData("老汉瘫痪在床，干不了活", "")] // one person, not the household
    [InlineData("屋头没劳力", "LabourLost=True")]
    [InlineData("还能干活", "LabourLost=False")]
    [InlineData("帮邻居报一下，他家房子塌了", "House=Collapsed ForNeighbour")]
    [InlineData("我邻居家房子垮了", "House=Collapsed ForNeighbour")]
    [InlineData("替我妈报，她屋头进水了", "Hazard=Flood House=Minor ForNeighbour")]
    [InlineData("帮我报一下", "")]
    [InlineData("需要帮助", "")]
    public void ReadsWaterHealthLabourAndWhoIsReporting(string text, string expected) =>
        Assert.Equal(expected, Describe(ReportPrefill.Extract(text)));

    [Theory]
    [InlineData("暴雨引发山洪，房子冲垮了，猪冲走了三头，老伴摔伤了住院，没水喝",
        "Hazard=FlashFlood House=Collapsed Injured=1 LivestockLost=True LivestockCount=3 Water=None Medical=True")]
    [InlineData("嗯，那个，山上垮下来了，屋头墙裂了，人都没事，苞谷全部冲毁了",
        "Hazard=Landslide House=Minor Deaths=0 Injured=0 Crops=TotalLoss")]
    [InlineData("你好", "")]
    [InlineData("", "")]
    public void ReadsAWholeFirstMessage(string text, string expected) =>
        Assert.Equal(expected, Describe(ReportPrefill.Extract(text)));

    [Fact]
    public void AnEmptyMessageSaysNothing() => Assert.True(ReportPrefill.Extract("你好").IsEmpty);

    private static string Describe(ReportFacts f)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={value}");
            }
        }

        Add("Hazard", f.Hazard);
        Add("House", f.House);
        Add("Deaths", f.Deaths);
        Add("Injured", f.Injured);
        Add("Crops", f.Crops);
        Add("LivestockLost", f.LivestockLost);
        Add("LivestockCount", f.LivestockCount);
        Add("Water", f.Water);
        Add("Medical", f.Medical);
        Add("LabourLost", f.LabourLost);
        if (f.ForNeighbour)
        {
            parts.Add("ForNeighbour");
        }

        return string.Join(" ", parts);
    }
}
