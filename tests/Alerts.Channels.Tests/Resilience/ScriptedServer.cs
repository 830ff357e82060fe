using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port that answers each request with the next scripted
/// <see cref="Reply"/>, then 200 once the script runs out. It counts requests and records "METHOD path?query body".
/// <see cref="WarmUpPath"/> is answered 204 outside the script and the count, so a test can warm up a connection
/// (and the JIT) before timing anything.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private int _count;

    private ScriptedServer(WebApplication app) => _app = app;

    public const string WarmUpPath = "/warm-up";

    public Uri BaseAddress { get; private set; } = null!;

    public int RequestCount => Volatile.Read(ref _count);

    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<ScriptedServer> StartAsync(params Func<HttpContext, Task>[] script)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var server = new ScriptedServer(builder.Build());
        server.Enqueue(script);
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        server.BaseAddress = new Uri(address.Addresses.Single());
        return server;
    }

    public void Enqueue(params Func<HttpContext, Task>[] steps)
    {
        foreach (var step in steps)
        {
            _script.Enqueue(step);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == WarmUpPath)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        Interlocked.Increment(ref _count);
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} {body}".TrimEnd());
        await (_script.TryDequeue(out var step) ? step(context) : Reply.Status(200)(context));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
