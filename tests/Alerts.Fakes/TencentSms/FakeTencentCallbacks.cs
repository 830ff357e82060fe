using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Alerts.Fakes.TencentSms;

/// <summary>
/// Posts callbacks the way Tencent does (tencent-sms.md §7): unsigned JSON, status reports as an array, a reply as
/// one object; the receiver is expected to answer {"result":0,"errmsg":"OK"}. Only loopback URLs are allowed.
/// </summary>
internal sealed class FakeTencentCallbacks(FakeTencentSmsServer server) : IDisposable
{
    // Tencent does not state the time zone of user_receive_time; the doc presumes Beijing time (§7a).
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false });

    public JsonObject ReceiptItem(FakeTencentReport report)
    {
        var item = new JsonObject
        {
            ["user_receive_time"] = report.ReceivedUtc.ToOffset(Beijing)
                .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["nationcode"] = "86",
            ["mobile"] = FakeTencentPhone.National(report.Message.PhoneNumber),
            ["report_status"] = report.Success ? "SUCCESS" : "FAIL",
            ["errmsg"] = report.ErrMsg,
            ["description"] = report.Description,
            ["sid"] = report.Message.SerialNo,
        };
        if (server.SessionContextInReports)
        {
            item["ext"] = report.Message.SessionContext;
        }

        return item;
    }

    public JsonObject Reply(string mobile, string text, DateTimeOffset time) => new()
    {
        ["extend"] = "", ["mobile"] = mobile, ["nationcode"] = "86", ["sign"] = server.Account.SignName,
        ["text"] = text, ["time"] = time.ToUnixTimeSeconds(),
    };

    public async Task<HttpResponseMessage> PostAsync(Uri url, string json, CancellationToken ct)
    {
        if (!url.IsLoopback)
        {
            throw new InvalidOperationException($"FakeTencentSmsServer only posts to loopback, not {url.Host}.");
        }

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.PostAsync(url, content, ct);
    }

    /// <summary>Whether the receiver took the push: HTTP 2xx and result 0, the answer Tencent expects.</summary>
    public static async Task<bool> AcceptedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        try
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
            return body?["result"]?.GetValue<int>() == 0;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    public void Dispose() => http.Dispose();
}
