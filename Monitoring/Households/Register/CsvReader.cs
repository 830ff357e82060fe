using System.Text;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// RFC 4180 records from text, one at a time: comma separated, fields optionally in double quotes with "" for a quote
/// and line breaks allowed inside, CRLF or LF between records, a leading BOM ignored, blank lines skipped. Streaming,
/// so a large register is never held as text and fields at once.
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _position;
    private int _row;

    public IEnumerable<CsvRecord> Records()
    {
        var first = true;
        while (Peek() >= 0)
        {
            if (first && Peek() == '\uFEFF') Next();
            first = false;
            _row++;
            var (fields, malformed) = ReadRecord();
            // A blank line is skipped but still counted, so row numbers stay those a spreadsheet shows.
            if (malformed is null && fields is [""]) continue;
            yield return new CsvRecord(_row, fields, malformed);
        }
    }

    private (List<string> Fields, string? Malformed) ReadRecord()
    {
        var fields = new List<string>();
        string? malformed = null;
        while (true)
        {
            var (field, error) = Peek() == '"' ? ReadQuoted() : ReadPlain();
            fields.Add(field);
            malformed ??= error;
            var c = Next();
            if (c == ',') continue;
            if (c == '\r' && Peek() == '\n') Next();
            return (fields, malformed);
        }
    }

    private (string, string?) ReadPlain()
    {
        _field.Clear();
        string? error = null;
        for (var c = Peek(); c >= 0 && c is not (',' or '\r' or '\n'); c = Peek())
        {
            if (c == '"') error ??= "引号只能包住整个字段（写作 \"…\"，字段内的引号写两个）";
            _field.Append((char)Next());
        }
        return (_field.Length == 0 ? "" : _field.ToString(), error);
    }

    private (string, string?) ReadQuoted()
    {
        _field.Clear();
        Next();
        while (true)
        {
            var c = Next();
            if (c < 0) return (_field.ToString(), "引号没有闭合，文件在字段中间结束");
            if (c == '"')
            {
                if (Peek() == '"') { _field.Append((char)Next()); continue; }
                var after = Peek();
                if (after is < 0 or ',' or '\r' or '\n') return (_field.ToString(), null);
                while (Peek() is >= 0 and not (',' or '\r' or '\n')) _field.Append((char)Next());
                return (_field.ToString(), "右引号后面须是逗号或换行");
            }
            _field.Append((char)c);
        }
    }

    private int Peek()
    {
        if (_position < _length) return _buffer[_position];
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0 ? _buffer[0] : -1;
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0) _position++;
        return c;
    }
}
