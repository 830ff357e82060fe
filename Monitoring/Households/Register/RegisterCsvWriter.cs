namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// Writes RFC 4180 records (CRLF, quotes only where needed) with a BOM, so Excel opens the Chinese right. Names come
/// from villagers too, so a cell a spreadsheet would take for a formula gets a leading ' (as Host's CandidatesCsv).
/// </summary>
internal sealed class RegisterCsvWriter(TextWriter writer)
{
    // What a spreadsheet may start a formula with (OWASP CSV injection: = + - @, tab, carriage return).
    public const string FormulaStarts = "=+-@\t\r";

    private bool _started;

    public void Record(IEnumerable<string?> fields)
    {
        if (!_started) writer.Write('\uFEFF');
        _started = true;
        var first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            var text = field ?? "";
            var formula = text.Length > 0 && FormulaStarts.Contains(text[0]);
            if (formula) text = "'" + text;
            if (!formula && text.AsSpan().IndexOfAny(",\"\r\n") < 0) writer.Write(text);
            else writer.Write('"' + text.Replace("\"", "\"\"") + '"');
        }
        writer.Write("\r\n");
    }
}
