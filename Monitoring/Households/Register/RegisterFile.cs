namespace Alerts.Monitoring.Households.Register;

/// <summary>A register file read and checked on its own (before anything in the database is looked at).</summary>
internal sealed record RegisterFile(IReadOnlyList<RegisterHousehold> Households, int Rows, List<RegisterError> Errors)
{
    /// <summary>At most this many member rows in one file (a county's register is ~300,000).</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>Errors kept in full; beyond this only their number is told.</summary>
    public const int MaxErrors = 500;

    public static RegisterFile Read(TextReader text, PhoneNormaliser phones, int thisYear) =>
        Read(new CsvReader(text).Records(), phones, thisYear);

    /// <summary>Reads records of a CSV or a sheet; the first is the header.</summary>
    public static RegisterFile Read(IEnumerable<CsvRecord> source, PhoneNormaliser phones, int thisYear)
    {
        var errors = new List<RegisterError>();
        using var records = source.GetEnumerator();
        if (!records.MoveNext())
            return new RegisterFile([], 0, [new RegisterError(0, null, "文件是空的：第一行须是表头")]);
        var header = ReadHeader(records.Current, errors);
        if (errors.Count > 0) return new RegisterFile([], 0, errors);
        var reader = new RegisterRowReader(header, phones, thisYear);
        var rows = new List<RegisterRow>();
        var count = 0;
        while (records.MoveNext())
        {
            if (++count > MaxRows)
            {
                errors.Add(new RegisterError(records.Current.Row, null, $"文件超过 {MaxRows} 行，请按乡镇分开导入"));
                break;
            }
            if (reader.Read(records.Current, errors) is { } row) rows.Add(row);
        }
        if (count == 0) errors.Add(new RegisterError(0, null, "文件只有表头，没有数据行"));
        var households = RegisterGrouper.Group(rows, errors);
        return new RegisterFile(households, count, errors);
    }

    private static Dictionary<string, int> ReadHeader(CsvRecord record, List<RegisterError> errors)
    {
        var header = new Dictionary<string, int>();
        if (record.Malformed is { } why) errors.Add(new RegisterError(record.Row, null, why));
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = RegisterColumns.Normalise(record.Fields[i]);
            if (name.Length == 0 && i == record.Fields.Count - 1) continue; // a trailing comma
            if (!RegisterColumns.All.Contains(name))
                errors.Add(new RegisterError(record.Row, name, $"不认识的列名（可用的列：{string.Join("、", RegisterColumns.All)}）"));
            else if (!header.TryAdd(name, i))
                errors.Add(new RegisterError(record.Row, name, "列名重复"));
        }
        foreach (var missing in RegisterColumns.Required.Where(c => !header.ContainsKey(c)))
            errors.Add(new RegisterError(record.Row, missing, "缺少这一列"));
        return header;
    }
}
