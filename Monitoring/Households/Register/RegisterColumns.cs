namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// The register's Chinese headers (README "Household register import"). One row per member; the household's own
/// columns are read from the 户主 row and may be repeated, never contradicted, on the others.
/// </summary>
internal static class RegisterColumns
{
    public const string VillageCode = "村代码";
    public const string VillageName = "村名";
    public const string RegisterNo = "户编号";
    public const string Name = "姓名";
    public const string Relation = "与户主关系";
    public const string BornYear = "出生年份";
    public const string OnRegister = "户籍在本户";
    public const string LivesHere = "共同生活";
    public const string Disabled = "残疾";
    public const string Labour = "劳动能力";

    public const string Address = "地址";
    public const string Income = "人均纯收入(元)";
    public const string IncomeYear = "收入年度";
    public const string IncomeSource = "收入来源";
    public const string LiftedOut = "脱贫户";
    public const string Monitored = "监测户";
    public const string Dibao = "低保";
    public const string DibaoEdge = "低保边缘";
    public const string Tekun = "特困";
    public const string Food = "不愁吃";
    public const string Clothing = "不愁穿";
    public const string Education = "义务教育";
    public const string Medical = "基本医疗";
    public const string Housing = "住房安全";
    public const string Water = "饮水安全";
    public const string HelperPhone = "帮扶责任人手机";

    /// <summary>The value of 与户主关系 that marks the head's row.</summary>
    public const string Head = "户主";

    public static readonly string[] Required = [VillageCode, RegisterNo, Name, Relation, LivesHere];

    /// <summary>The household's own columns, in the order the demo register writes them.</summary>
    public static readonly string[] HouseholdColumns =
        [Address, Income, IncomeYear, IncomeSource, LiftedOut, Monitored, Dibao, DibaoEdge, Tekun,
         Food, Clothing, Education, Medical, Housing, Water, HelperPhone];

    /// <summary>Every header we read, in the order the demo register writes them.</summary>
    public static readonly string[] All =
        [VillageCode, VillageName, RegisterNo, Name, Relation, BornYear, OnRegister, LivesHere, Disabled, Labour,
         .. HouseholdColumns];

    /// <summary>A header as typed, with full-width brackets and the optional unit tolerated: 人均纯收入（元）, 人均纯收入.</summary>
    public static string Normalise(string header)
    {
        var h = header.Trim().Replace('（', '(').Replace('）', ')');
        return h == "人均纯收入" ? Income : h;
    }
}
