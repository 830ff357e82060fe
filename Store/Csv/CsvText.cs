using System.Text;

namespace Alerts.Store.Csv;

/// <summary>
/// CSV as offices open it: UTF-8 with a byte-order mark, so that spreadsheet programs on Chinese Windows read the
/// characters right; CRLF lines; fields quoted per RFC 4180. Names, addresses and notes come from villagers, grid
/// workers and other offices' lists, so a cell a spreadsheet would take for a formula is neutralised as OWASP's
/// "CSV injection" page advises: a leading ' inside the quoted cell. The one writer of every CSV we hand out.
/// </summary>
public static class CsvText
{
    // What a spreadsheet may start a formula with (OWASP CSV injection: = + - @, tab, carriage return).
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The header line and one line per row, as UTF-8 bytes with a BOM.</summary>
    public static byte[] Write(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, headers);
        foreach (var row in rows) Line(text, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");

    /// <summary>True when a spreadsheet would take the text for a formula.</summary>
    public static bool IsFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    /// <summary>One field, quoted when it must be, neutralised when a spreadsheet would run it.</summary>
    public static string Quote(string field)
    {
        var formula = IsFormula(field);
        if (formula) field = "'" + field;
        return formula || field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }
}
