using System.Net;
using System.Text;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;
using static Alerts.Host.Tests.Compose.ComposeForms;

namespace Alerts.Host.Tests.Compose;

public sealed class CapImportPageTests
{
    public static string Cap(string identifier, params string[] codes) => $"""
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>{identifier}</identifier><sender>cma.example</sender><sent>2026-06-01T08:00:00+08:00</sent>
          <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
          <info><category>Met</category><event>暴雨</event><urgency>Expected</urgency><severity>Severe</severity>
            <certainty>Likely</certainty><headline>暴雨橙色预警</headline><description>今夜有大暴雨。</description>
            {string.Concat(codes.Select(c => $"<area><areaDesc>区域{c}</areaDesc><geocode><valueName>division_code</valueName><value>{c}</value></geocode></area>"))}
          </info>
        </alert>
        """;

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string xml)
    {
        var token = await ConsoleSession.TokenAsync(client, "/warnings/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(xml)), "file", "alert.xml" },
        };
        return await client.PostAsync("/warnings/import", content);
    }

    [Fact]
    public async Task A_cap_file_is_imported_to_await_approval_and_the_page_redirects_to_it()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var response = await UploadAsync(client, Cap("CMA-1", Town));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString["/warnings/".Length..]);
        using var c = app.OpenDatabase();
        Assert.Equal(("awaiting_approval", "cap"), c.QuerySingle<(string, string)>("SELECT status, source FROM warnings WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task A_refused_cap_file_shows_its_reason_and_the_areas_it_could_not_place()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var unknown = await (await UploadAsync(client, Cap("CMA-2", Town, "500112188000"))).Content.ReadAsStringAsync();
        var outside = await (await UploadAsync(client, Cap("CMA-3", "500112102000"))).Content.ReadAsStringAsync();
        var garbage = await (await UploadAsync(client, "not xml")).Content.ReadAsStringAsync();

        Assert.Contains("无法识别的区域", TextOf(unknown, "file-error"));
        Assert.Contains("500112188000", TextOf(unknown, "unknown-areas"));
        Assert.Contains("不在您的辖区", TextOf(outside, "file-error"));
        Assert.NotEqual("", TextOf(garbage, "file-error"));
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }
}
