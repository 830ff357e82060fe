using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// A real loopback address for the in-memory Host: every POST it receives is passed on, body, content type and path,
/// to the Host's test client, and the Host's answer is passed back. A fake provider that calls back over HTTP (Tencent's
/// receipts and replies) calls here, as it would call a public URL.
/// </summary>
public sealed class LoopbackRelay : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackRelay(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LoopbackRelay> StartAsync(HttpClient host)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            using var forward = new HttpRequestMessage(HttpMethod.Post, context.Request.Path + context.Request.QueryString)
            {
                Content = new ByteArrayContent(body.ToArray()),
            };
            if (context.Request.ContentType is { } type) forward.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            using var answer = await host.SendAsync(forward);
            context.Response.StatusCode = (int)answer.StatusCode;
            context.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
            await context.Response.Body.WriteAsync(await answer.Content.ReadAsByteArrayAsync());
        });
        await app.StartAsync();
        var relay = new LoopbackRelay(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        relay.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return relay;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
