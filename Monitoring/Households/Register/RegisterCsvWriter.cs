namespace Alerts.Monitoring.Households.Register;

/// <summary>Writes RFC 4180 records (CRLF, quotes only where needed) with a BOM, so Excel opens the Chinese right.</summary>
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
            var text = field ?? "";
            if (text.AsSpan().IndexOfAny(",\"\r\n") < 0) writer.Write(text);
            else writer.Write('"' + text.Replace("\"", "\"\"") + '"');
        }
        writer.Write("\r\n");
    }
}
