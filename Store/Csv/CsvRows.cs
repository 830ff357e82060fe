using System.Text;

namespace Alerts.Store.Csv;

/// <summary>
/// Reads CSV as RFC 4180 writes it (quoted fields with doubled quotes and line breaks inside, CRLF or LF), after an
/// optional byte-order mark. Each row carries its line number in the file, so an import can name the row it refuses.
/// </summary>
public static class CsvRows
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// An uploaded file's text: UTF-8 (with or without BOM), or GB18030 (what Excel on a Chinese Windows saves as
    /// "CSV") when the bytes are not valid UTF-8. No other encoding is guessed at.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(bytes);
        }
    }

    /// <summary>A row of fields and the line it starts on (1 = the header).</summary>
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    /// <summary>Every non-empty row; null when a quote is never closed (the file is cut short or not CSV).</summary>
    public static IReadOnlyList<Row>? Read(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var rows = new List<Row>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, rowLine, quoted, i) = (1, 1, false, 0);
        while (i < text.Length)
        {
            var ch = text[i++];
            if (quoted)
            {
                if (ch == '"' && i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; field.Append(ch); }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    End(rows, fields, field, rowLine);
                    rowLine = ++line;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (quoted) return null;
        End(rows, fields, field, rowLine);
        return rows;
    }

    private static void End(List<Row> rows, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Trim().Length > 0) rows.Add(new Row(line, [.. fields]));
        fields.Clear();
    }
}
