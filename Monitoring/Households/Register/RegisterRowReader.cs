using System.Globalization;
using Alerts.Store.Csv;
using C = Alerts.Monitoring.Households.Register.RegisterColumns;
using LabourWords = Alerts.Monitoring.Measures.LabourCapacity;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// Turns one CSV record into a <see cref="RegisterRow"/>, or into errors naming the row and column (in Chinese). Every
/// cell is checked on every row, so one pass reports all a village clerk has to fix.
/// </summary>
internal sealed class RegisterRowReader(IReadOnlyDictionary<string, int> header, PhoneNormaliser phones, int thisYear)
{
    private const int MaxIncomeYuan = 10_000_000;

    // Columns beyond the header's last one must be blank (a trailing comma is not an error).
    private readonly int _width = header.Count == 0 ? 0 : header.Values.Max() + 1;
    // Each column's position, keyed by the RegisterColumns constant itself: a reference lookup, not a string hash, for
    // the 26 cells of each of up to a million rows.
    private readonly Dictionary<object, int> _index = RegisterColumns.All.ToDictionary(
        c => (object)c, c => header.GetValueOrDefault(c, -1), ReferenceEqualityComparer.Instance);
    private CsvRecord _record = null!;
    private List<RegisterError> _errors = null!;

    public RegisterRow? Read(CsvRecord record, List<RegisterError> errors)
    {
        (_record, _errors) = (record, errors);
        var before = errors.Count;
        if (record.Malformed is { } why) return Fail(null, why);
        for (var i = _width; i < record.Fields.Count; i++)
            if (!string.IsNullOrWhiteSpace(record.Fields[i]))
                return Fail(null, $"这一行有 {record.Fields.Count} 个字段，表头只有 {_width} 列");
        var row = new RegisterRow
        {
            Row = record.Row,
            VillageCode = VillageCode(),
            VillageName = Text(C.VillageName, 30),
            RegisterNo = Required(C.RegisterNo, 32),
            Member = new HouseholdMember
            {
                Name = Required(C.Name, 30), Relation = Required(C.Relation, 10),
                BornYear = Number(C.BornYear, 1900, thisYear), OnRegister = YesNo(C.OnRegister) ?? true,
                LivesHere = RequiredYesNo(C.LivesHere), IsDisabled = YesNo(C.Disabled) ?? false, Labour = Labour(),
            },
            Household = Household(),
        };
        return errors.Count == before ? row : null;
    }

    private RegisterHouseholdCells Household()
    {
        var cells = new RegisterHouseholdCells
        {
            Address = Text(C.Address, 100), Income = Number(C.Income, 0, MaxIncomeYuan),
            IncomeYear = Number(C.IncomeYear, 2000, thisYear), IncomeSource = Text(C.IncomeSource, 50),
            LiftedOut = YesNo(C.LiftedOut), Monitored = YesNo(C.Monitored), Dibao = YesNo(C.Dibao),
            DibaoEdge = YesNo(C.DibaoEdge), Tekun = YesNo(C.Tekun),
            Food = YesNo(C.Food), Clothing = YesNo(C.Clothing), Education = YesNo(C.Education),
            Medical = YesNo(C.Medical), Housing = YesNo(C.Housing), Water = YesNo(C.Water), HelperPhone = Phone(),
        };
        if (cells.Income is not null && Cell(C.IncomeYear).Length == 0) Fail(C.IncomeYear, "填了人均纯收入，须写明收入年度");
        return cells;
    }

    private string Cell(string column) =>
        _index.TryGetValue(column, out var i) && i >= 0 && i < _record.Fields.Count ? _record.Fields[i].Trim() : "";

    private RegisterRow? Fail(string? column, string message)
    {
        _errors.Add(new RegisterError(_record.Row, column, message));
        return null;
    }

    private T Refuse<T>(string column, string message)
    {
        Fail(column, message);
        return default!;
    }

    private string VillageCode()
    {
        var code = Cell(C.VillageCode);
        if (code.Length != 12 || !code.All(char.IsAsciiDigit)) Fail(C.VillageCode, code.Length == 0 ? "不能为空" : "须为 12 位村级区划代码");
        return code;
    }

    private string Required(string column, int max)
    {
        var text = Cell(column);
        if (text.Length == 0) Fail(column, "不能为空");
        else CheckText(column, text, max);
        return text;
    }

    private string? Text(string column, int max)
    {
        var text = Cell(column);
        CheckText(column, text, max);
        return text.Length == 0 ? null : text;
    }

    // Text that a spreadsheet would run as a formula is no name or address; refusing it keeps every export safe.
    private void CheckText(string column, string text, int max)
    {
        if (text.Length > max) Fail(column, $"不能超过 {max} 个字");
        else if (CsvText.IsFormula(text))
            Fail(column, "不能以 = + - @ 开头（表格会把它当公式）");
    }

    private int? Number(string column, int min, int max)
    {
        var text = Cell(column);
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Fail(column, $"须为 {min} 到 {max} 之间的整数，不是“{text}”");
        return null;
    }

    private bool? YesNo(string column) => Cell(column) switch
    {
        "" => null,
        "是" => true,
        "否" => false,
        var other => Refuse<bool?>(column, $"须填“是”或“否”（或留空），不是“{other}”"),
    };

    private bool RequiredYesNo(string column) => Cell(column) switch
    {
        "是" => true,
        "否" => false,
        "" => Refuse<bool>(column, "须填“是”或“否”"),
        var other => Refuse<bool>(column, $"须填“是”或“否”，不是“{other}”"),
    };

    private string? Labour() => Cell(C.Labour) switch
    {
        "" => null,
        "全" or "全部" or "有劳动力" => LabourWords.Full,
        "弱" or "弱劳动力" or "半劳动力" => LabourWords.Weak,
        "无" or "无劳动力" or "丧失劳动力" => LabourWords.None,
        var other => Refuse<string?>(C.Labour, $"须填“全”“弱”或“无”（或留空），不是“{other}”"),
    };

    private string? Phone()
    {
        var text = Cell(C.HelperPhone);
        if (text.Length == 0) return null;
        if (phones(text) is { } phone) return phone;
        Fail(C.HelperPhone, $"不是手机号：“{text}”");
        return null;
    }
}
