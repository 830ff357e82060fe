using Alerts.Store.Csv;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// Writes RFC 4180 records (CRLF, quotes only where needed) with a BOM, so Excel opens the Chinese right. Names come
/// from villagers too, so a cell a spreadsheet would take for a formula gets a leading ' (CsvText's one rule).
/// </summary>
internal sealed class RegisterCsvWriter(TextWriter writer)
{
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
            writer.Write(CsvText.Quote(field ?? ""));
        }
        writer.Write("\r\n");
    }
}
