using System.Text;

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

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static IEnumerable<CsvRecord> Records(byte[] bytes) =>
        XlsxRows.LooksLikeXlsx(bytes) ? XlsxRows.Read(bytes) : new CsvReader(Decode(bytes)).Records();

    public static TextReader Decode(byte[] bytes)
    {
        try
        {
            return new StringReader(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
            return new StringReader(gb18030.GetString(bytes));
        }
    }
}
