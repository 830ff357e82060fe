using System.Net;
using System.Text.RegularExpressions;
using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.Compose;

/// <summary>The compose form posted as a browser posts it (repeated "areas" and "audiences"), and reading its page.</summary>
internal static partial class ComposeForms
{
    public const string Town = "500112101000";
    public const string VillageA = "500112101001";
    public const string VillageB = "500112101002";
    public const string OtherTownVillage = "500112102001";

    /// <summary>A 大风 yellow warning (not on the green channel) for <paramref name="areas"/>.</summary>
    public static List<KeyValuePair<string, string>> Gale(params string[] areas)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("hazard", "weather"), new("event", "大风"), new("level", "yellow"), new("kind", "warning"),
            new("headline", "大风黄色预警"), new("description", "今夜有7级以上大风，请加固门窗。"), new("instruction", ""),
            new("audiences", "households"), new("audiences", "grid_workers"),
        };
        fields.AddRange(areas.Select(a => new KeyValuePair<string, string>("areas", a)));
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return fields;
    }

    public static async Task<string> PreviewAsync(HttpClient client, List<KeyValuePair<string, string>> fields)
    {
        var response = await PostAsync(client, "/warnings/new?handler=preview", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, List<KeyValuePair<string, string>> fields)
    {
        var token = await ConsoleSession.TokenAsync(client, "/warnings/new");
        return await client.PostAsync(path, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    /// <summary>The text inside the element with this id (tags dropped, entities decoded).</summary>
    public static string TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no element #{id}");
        return WebUtility.HtmlDecode(Tags().Replace(match.Groups[2].Value, "")).Trim();
    }

    /// <summary>The value attribute of the input with this id.</summary>
    public static string ValueOf(string html, string id)
    {
        var match = Regex.Match(html, $"<input[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no input #{id}");
        var value = Regex.Match(match.Value, "\\bvalue=\"([^\"]*)\"");
        return WebUtility.HtmlDecode(value.Groups[1].Value);
    }

    /// <summary>True when the checkbox with this id is ticked.</summary>
    public static bool IsChecked(string html, string id) =>
        Regex.Match(html, $"<input[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>").Value.Contains("checked", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
