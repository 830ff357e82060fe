using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Alerts.Host.Logging;

/// <summary>
/// One JSON object per line (time, level, category, event id, message, every structured field, exception), with
/// phone numbers and openids masked in the message, the fields, the scopes and the exception text.
/// </summary>
internal sealed class RedactingJsonConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "alerts-json";

    // Chinese stays readable in the log instead of becoming \uXXXX escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null) return;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow);
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            json.WriteNumber("eventId", logEntry.EventId.Id);
            json.WriteString("message", LogRedactor.Redact(message ?? ""));
            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                json.WriteStartObject("fields");
                WriteFields(json, fields);
                json.WriteEndObject();
            }
            if (scopeProvider is not null) WriteScopes(json, scopeProvider);
            if (logEntry.Exception is not null) json.WriteString("exception", LogRedactor.Redact(logEntry.Exception.ToString()));
            json.WriteEndObject();
        }
        textWriter.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteFields(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        foreach (var (key, value) in fields)
        {
            if (key == "{OriginalFormat}") continue;
            switch (value)
            {
                case null: json.WriteNull(key); break;
                case bool b: json.WriteBoolean(key, b); break;
                case int or long or short or byte: json.WriteNumber(key, Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
                case double or float or decimal: json.WriteNumber(key, Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
                default: json.WriteString(key, LogRedactor.Redact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")); break;
            }
        }
    }

    private static void WriteScopes(Utf8JsonWriter json, IExternalScopeProvider scopeProvider)
    {
        var scopes = new List<object?>();
        scopeProvider.ForEachScope((scope, list) => list.Add(scope), scopes);
        if (scopes.Count == 0) return;
        json.WriteStartArray("scopes");
        foreach (var scope in scopes)
        {
            if (scope is IReadOnlyList<KeyValuePair<string, object?>> kv)
            {
                json.WriteStartObject();
                WriteFields(json, kv);
                json.WriteEndObject();
            }
            else json.WriteStringValue(LogRedactor.Redact(scope?.ToString() ?? ""));
        }
        json.WriteEndArray();
    }
}
