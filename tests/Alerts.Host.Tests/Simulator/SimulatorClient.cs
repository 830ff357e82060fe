using System.Net.Http.Json;
using System.Text.Json;

namespace Alerts.Host.Tests.Simulator;

/// <summary>Posts to /simulator/messages the way the page's script does.</summary>
public static class SimulatorClient
{
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, long personId, string channel, string? text,
        string? clientMessageId = null, string? kind = null) =>
        client.PostAsJsonAsync("/simulator/messages", new
        {
            personId, channel, text, kind, clientMessageId = clientMessageId ?? Guid.NewGuid().ToString(),
        });

    public static async Task<string[]> RepliesAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("replies").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }
}
