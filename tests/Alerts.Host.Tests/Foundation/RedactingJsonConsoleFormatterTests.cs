using System.Text.Json;
using Alerts.Host.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Host.Tests.Foundation;

public sealed class RedactingJsonConsoleFormatterTests
{
    [Fact]
    public void EachEntryIsOneJsonLineWithFieldsAndScopesMasked()
    {
        var formatter = new RedactingJsonConsoleFormatter();
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push(new Dictionary<string, object?> { ["Address"] = "oAbCdEfGhIjKlMnOpQrStUvWxYz1" }.ToList());
        var state = new Dictionary<string, object?>
        {
            ["Phone"] = "+8613812345678",
            ["Attempt"] = 2,
            ["{OriginalFormat}"] = "Sent to {Phone} on attempt {Attempt}",
        }.ToList();
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(LogLevel.Warning, "Alerts.Test", new EventId(7), state,
            null, (s, _) => "Sent to +8613812345678 on attempt 2 (村民 王秀英)");
        using var writer = new StringWriter();

        formatter.Write(entry, scopes, writer);

        var line = writer.ToString().TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain("13812345678", line);
        Assert.DoesNotContain("oAbCdEfGhIjKlMnOpQrStUvWxYz1", line);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("Warning", root.GetProperty("level").GetString());
        Assert.Equal(7, root.GetProperty("eventId").GetInt32());
        Assert.Equal("Sent to +86138****5678 on attempt 2 (村民 王秀英)", root.GetProperty("message").GetString());
        Assert.Equal("+86138****5678", root.GetProperty("fields").GetProperty("Phone").GetString());
        Assert.Equal(2, root.GetProperty("fields").GetProperty("Attempt").GetInt32());
        Assert.Equal("oAbC****xYz1", root.GetProperty("scopes")[0].GetProperty("Address").GetString());
        Assert.Contains("王秀英", line); // Chinese stays readable, not \u escapes
    }

    [Fact]
    public void AQueryStringIsCutFromTheMessageAndFromTheFieldsOfARequestLog()
    {
        var formatter = new RedactingJsonConsoleFormatter();
        // The shape of ASP.NET Core's "Request starting" entry: the URL in the message, its parts as fields.
        var state = new Dictionary<string, object?>
        {
            ["Method"] = "POST",
            ["Path"] = "/wechat",
            ["QueryString"] = "?signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492",
            ["{OriginalFormat}"] = "Request starting {Method} {Path}{QueryString}",
        }.ToList();
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(LogLevel.Information,
            "Microsoft.AspNetCore.Hosting.Diagnostics", new EventId(1), state, null,
            (s, _) => "Request starting POST /wechat?signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492");
        using var writer = new StringWriter();

        formatter.Write(entry, null, writer);

        var line = writer.ToString();
        Assert.DoesNotContain("signature=", line);
        Assert.DoesNotContain("f464b24fc39322e44b38aa78f5edd27bd1441696", line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Request starting POST /wechat?*", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("?*", json.RootElement.GetProperty("fields").GetProperty("QueryString").GetString());
    }
}
