using Alerts.Monitoring.Households;
using Alerts.Monitoring.Households.Register;

namespace Alerts.Monitoring.Tests.Households;

public sealed class RegisterFileTests
{
    internal const string Header = "村代码,村名,户编号,姓名,与户主关系,出生年份,户籍在本户,共同生活,残疾,劳动能力,地址,人均纯收入(元),收入年度,收入来源,脱贫户,监测户,低保,低保边缘,特困,不愁吃,不愁穿,义务教育,基本医疗,住房安全,饮水安全,帮扶责任人手机";
    internal const string Village = "500112101001";

    /// <summary>Mainland mobiles only, as the Host's parser: 11 digits from 1, or +86 before them.</summary>
    internal static string? Phones(string text)
    {
        var digits = text.Replace(" ", "").Replace("-", "");
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        return digits.Length == 11 && digits[0] == '1' && digits.All(char.IsAsciiDigit) ? "+86" + digits : null;
    }

    internal static string Row(string registerNo, string name, string relation, string household = "", string member = "1960,是,是,否,全") =>
        $"{Village},,{registerNo},{name},{relation},{member},{(household.Length > 0 ? household : new string(',', 15))}";

    private static RegisterFile Read(string text) => RegisterFile.Read(new StringReader(text), Phones, 2026);

    [Fact]
    public void AFileWithBomCrlfAndQuotedFieldsGivesOneHouseholdWithItsHeadFirst()
    {
        var text = "\uFEFF" + Header + "\r\n" +
            Row("0001", "李秀英", "配偶", member: "1962,是,是,否,弱") + "\r\n" +
            Row("0001", "王建国", "户主", "\"金坪村1组\"\"老屋\"\",3号\",5200,2025,入户调查,是,否,否,否,否,是,是,是,否,是,,13800000001") + "\r\n" +
            Row("0001", "王小明", "子女", member: "1995,是,否,否,全") + "\r\n\r\n";

        var file = Read(text);

        Assert.Empty(file.Errors);
        var h = Assert.Single(file.Households);
        Assert.Equal(["王建国", "李秀英", "王小明"], h.Members.Select(m => m.Name));
        Assert.Equal([1, 2, 3], h.Members.Select(m => m.Position));
        Assert.Equal("金坪村1组\"老屋\",3号", h.Address);
        Assert.Equal(5200, h.IncomePerPersonYuan);
        Assert.True(h.IsLiftedOut);
        Assert.False(h.MedicalSecure);
        Assert.Null(h.WaterSecure);
        Assert.Equal("+8613800000001", h.HelperPhone);
        Assert.Equal("full", h.Labour);
        Assert.Equal(3, file.Rows);
    }

    [Theory]
    // column index (0-based) in Row's member part or household part, bad value, the column the error must name
    [InlineData("村代码", "5001", "村代码")]
    [InlineData("户编号", "", "户编号")]
    [InlineData("姓名", "", "姓名")]
    [InlineData("出生年份", "1850", "出生年份")]
    [InlineData("共同生活", "", "共同生活")]
    [InlineData("共同生活", "不知道", "共同生活")]
    [InlineData("劳动能力", "强", "劳动能力")]
    [InlineData("人均纯收入(元)", "五千", "人均纯收入(元)")]
    [InlineData("人均纯收入(元)", "-5", "人均纯收入(元)")]
    [InlineData("收入年度", "", "收入年度")]
    [InlineData("收入年度", "2030", "收入年度")]
    [InlineData("脱贫户", "Y", "脱贫户")]
    [InlineData("饮水安全", "安全", "饮水安全")]
    [InlineData("帮扶责任人手机", "12345", "帮扶责任人手机")]
    [InlineData("姓名", "=1+2", "姓名")]
    [InlineData("地址", "@SUM(A1)", "地址")]
    public void ABadCellIsReportedWithItsRowAndColumnAndNothingIsKept(string column, string value, string named)
    {
        var cells = new Dictionary<string, string>
        {
            ["村代码"] = Village, ["户编号"] = "0001", ["姓名"] = "王建国", ["与户主关系"] = "户主", ["共同生活"] = "是",
            ["人均纯收入(元)"] = "5200", ["收入年度"] = "2025",
        };
        cells[column] = value;
        var headers = Header.Split(',');
        var row = string.Join(",", headers.Select(h => cells.GetValueOrDefault(h, "")));

        var file = Read(Header + "\n" + row + "\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal(named, error.Column);
        Assert.Empty(file.Households);
        Assert.StartsWith($"第 2 行「{named}」：", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("村代码,户编号,姓名,与户主关系", "共同生活")]
    [InlineData(Header + ",备注", "备注")]
    [InlineData(Header + ",姓名", "姓名")]
    public void AHeaderThatIsMissingAColumnOrHasAStrangeOrDoubleOneIsRefused(string header, string column)
    {
        var file = Read(header + "\n" + Row("0001", "王建国", "户主") + "\n");

        Assert.Contains(file.Errors, e => e.Row == 1 && e.Column == column);
        Assert.Empty(file.Households);
    }

    [Fact]
    public void FullWidthBracketsAndAMissingUnitInTheIncomeHeaderAreTheSameColumn()
    {
        var file = Read(Header.Replace("人均纯收入(元)", "人均纯收入（元）") + "\n" + Row("0001", "王建国", "户主") + "\n");
        Assert.Empty(file.Errors);
        file = Read(Header.Replace("人均纯收入(元)", "人均纯收入") + "\n" + Row("0001", "王建国", "户主") + "\n");
        Assert.Empty(file.Errors);
    }

    [Fact]
    public void AHouseholdWithoutAHeadOrWithTwoIsRefusedAtTheRowsConcerned()
    {
        var file = Read(Header + "\n" + Row("0001", "李秀英", "配偶") + "\n" +
            Row("0002", "张三", "户主") + "\n" + Row("0002", "张四", "户主") + "\n");

        Assert.Contains(file.Errors, e => e.Row == 2 && e.Column == "与户主关系" && e.Message.Contains("没有“户主”行"));
        Assert.Contains(file.Errors, e => e.Row == 4 && e.Column == "与户主关系" && e.Message.Contains("第 3 行"));
        Assert.Empty(file.Households);
    }

    [Fact]
    public void AnotherRowMayRepeatTheHouseholdsColumnsButNotContradictThem()
    {
        var household = "村里,5200,2025,登记,是,否,否,否,否,是,是,是,是,是,是,";
        var repeated = Read(Header + "\n" + Row("0001", "王建国", "户主", household) + "\n" + Row("0001", "李秀英", "配偶", household) + "\n");
        Assert.Empty(repeated.Errors);

        var contradicted = Read(Header + "\n" + Row("0001", "王建国", "户主", household) + "\n" +
            Row("0001", "李秀英", "配偶", household.Replace("5200", "9000")) + "\n");
        var error = Assert.Single(contradicted.Errors);
        Assert.Equal((3, "人均纯收入(元)"), (error.Row, error.Column));
    }

    [Fact]
    public void TheRegisterWriterQuotesWhatNeedsItAndDisarmsFormulasAndItsOutputReadsBack()
    {
        var text = new StringWriter();
        new RegisterCsvWriter(text).Record(["a,b", "say \"hi\"", "=cmd", "plain", null]);

        Assert.Equal("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"'=cmd\",plain,\r\n", text.ToString());
        var back = Assert.Single(new CsvReader(new StringReader(text.ToString())).Records());
        Assert.Equal(["a,b", "say \"hi\"", "'=cmd", "plain", ""], back.Fields);
    }

    [Fact]
    public void AQuoteLeftOpenIsAnErrorNotAHangOrACrash()
    {
        var file = Read(Header + "\n" + Row("0001", "\"王建国", "户主") + "\n");
        Assert.Contains(file.Errors, e => e.Row == 2 && e.Message.Contains("引号"));
    }

    [Fact]
    public void AFileWithOnlyAHeaderOrNothingIsRefused()
    {
        Assert.NotEmpty(Read("").Errors);
        Assert.NotEmpty(Read(Header + "\r\n").Errors);
    }

    [Theory]
    // members' labour (F full, W weak, N none, ? unknown; lower case = does not live here) → household labour
    [InlineData("F", "full")]
    [InlineData("W N", "weak")]
    [InlineData("N N", "none")]
    [InlineData("W ?", null)]
    [InlineData("? F", "full")]
    [InlineData("N f", "none")]
    [InlineData("n", null)]
    public void HouseholdLabourComesFromThoseWhoLiveThereAndIsNeverGuessed(string members, string? expected)
    {
        var list = members.Split(' ').Select(m => new HouseholdMember
        {
            Name = "某", Relation = "户主", LivesHere = char.IsUpper(m[0]) || m == "?",
            Labour = char.ToUpperInvariant(m[0]) switch { 'F' => "full", 'W' => "weak", 'N' => "none", _ => null },
        });
        Assert.Equal(expected, RegisterHousehold.LabourOf(list));
    }

    [Theory]
    [InlineData(3, 2, 5, 2)] // the register decides: those who live together
    [InlineData(3, 0, 5, 0)] // everyone away: nobody lives there
    [InlineData(0, 0, 2, 2)] // no register imported: the enrolled people
    [InlineData(0, 0, 0, 1)] // nothing known: at least the one who reported
    public void HouseholdSizeCountsThoseWhoActuallyLiveTogether(int registerRows, int living, int enrolled, int expected) =>
        Assert.Equal(expected, HouseholdSize.Of(living, registerRows, enrolled));
}
