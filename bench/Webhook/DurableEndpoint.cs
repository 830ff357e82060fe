using System.Net;
using Alerts.Store.Database;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Bench.Webhook;

/// <summary>
/// The durable ceiling: a minimal-API POST on Kestrel in this same process that reads the body, then does one write
/// transaction inserting an inbound-message row of the same shape as a turn's (a new provider id each time, its reply
/// included), on a migrated file opened as the Host opens it (WAL, synchronous=NORMAL, the same busy timeout), and
/// answers a fixed XML reply of the same size. No signature, parsing or bot: what one durable write per turn costs.
/// </summary>
internal static class DurableEndpoint
{
    private const string Insert = """
        INSERT INTO inbound_messages (channel, provider_message_id, address, kind, text, received_utc, reply, reply_via)
        VALUES ('wechat', @ProviderMessageId, 'oBench0000000000000000000000', 'text', '我家房子被冲垮了', @Now, @Reply,
                'passive')
        """;

    public static async Task<(WebApplication App, Uri Address)> StartAsync(StoreDb db, string replyXml)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        long sequence = 0;
        app.MapPost("/durable", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await reader.ReadToEndAsync();
            await using var c = await db.OpenAsync(CancellationToken.None);
            await using var tx = c.BeginTransaction();
            await c.ExecuteAsync(Insert, new
            {
                ProviderMessageId = "durable:" + Interlocked.Increment(ref sequence),
                Now = DateTimeOffset.UtcNow, Reply = """["什么时候发生的？\n1 今天\n2 昨天\n3 前几天"]""",
            }, tx);
            await tx.CommitAsync();
            return Results.Text(replyXml, "application/xml; charset=utf-8");
        });
        await app.StartAsync();
        return (app, new Uri(app.Urls.First()));
    }
}
