using System.Text.Json;

namespace Alerts.Host.Tests.Support;

/// <summary>Reads what a customer-service text send carried, as the fake recorded it.</summary>
public static class WeChatCustomText
{
    /// <summary>The text.content of a <c>{"touser","msgtype":"text","text":{"content"}}</c> body.</summary>
    public static string Of(string body)
    {
        using var json = JsonDocument.Parse(body);
        Assert.Equal("text", json.RootElement.GetProperty("msgtype").GetString());
        return json.RootElement.GetProperty("text").GetProperty("content").GetString()!;
    }
}
