using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Bench.Webhook;

/// <summary>
/// The ceiling: a minimal-API POST on Kestrel in this same process that reads the body and answers a fixed XML reply
/// of the same size, with no signature, parsing, database or bot.
/// </summary>
internal static class BareEndpoint
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string replyXml)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/bare", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await reader.ReadToEndAsync();
            return Results.Text(replyXml, "application/xml; charset=utf-8");
        });
        await app.StartAsync();
        return (app, new Uri(app.Urls.First()));
    }
}
