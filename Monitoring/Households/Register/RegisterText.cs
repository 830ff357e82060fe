namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// The bytes of an uploaded register: an .xlsx workbook (its first sheet), or CSV text in UTF-8 (with or without BOM) or
/// GB18030 (what Excel on a Chinese Windows saves as "CSV") when the bytes are not valid UTF-8. No other encoding is
/// guessed at.
/// </summary>
public static class RegisterText
{
    /// <summary>Largest register file accepted, in bytes (a county of ~100,000 households is about 30 MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    internal static IEnumerable<CsvRecord> Records(byte[] bytes) =>
        XlsxRows.LooksLikeXlsx(bytes) ? XlsxRows.Read(bytes) : new CsvReader(Decode(bytes)).Records();

    public static TextReader Decode(byte[] bytes) => new StringReader(Alerts.Store.Csv.CsvRows.Decode(bytes));
}
