using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Fakes.WeChat;

/// <summary>
/// A loopback imitation of api.weixin.qq.com: a real Kestrel server on 127.0.0.1 with the token and message
/// endpoints we call, every request recorded, and scripted faults for the next requests.
/// </summary>
public sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string DefaultAppId = "wxfake0000000001";
    public const string DefaultAppSecret = "fake-app-secret";

    private readonly WebApplication _app;
    private readonly FakeWeChatApi _api;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<FakeWeChatRequest> _requests = [];
    private readonly List<FakeWeChatFault> _faults = [];

    private FakeWeChatServer(WebApplication app, TimeProvider time, TimeSpan tokenLifetime, string appId, string secret)
    {
        _app = app;
        _time = time;
        Tokens = new FakeWeChatTokens(time, tokenLifetime);
        Messages = new FakeWeChatMessages(time);
        _api = new FakeWeChatApi(appId, secret, Tokens, Messages);
        AppId = appId;
        AppSecret = secret;
    }

    public string AppId { get; }

    public string AppSecret { get; }

    /// <summary>http://127.0.0.1:{port}/ — use as WeChat:ApiBaseUrl.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public FakeWeChatTokens Tokens { get; }

    public FakeWeChatMessages Messages { get; }

    public FakeWeChatMedia Media { get; } = new();

    public IReadOnlyList<FakeWeChatRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public static async Task<FakeWeChatServer> StartAsync(TimeProvider? time = null, TimeSpan? tokenLifetime = null,
        string appId = DefaultAppId, string appSecret = DefaultAppSecret, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeWeChatServer(app, time ?? TimeProvider.System, tokenLifetime ?? TimeSpan.FromHours(2),
            appId, appSecret);
        server.Map();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> matching requests.</summary>
    public void Enqueue(FakeWeChatFault fault, int times = 1)
    {
        lock (_gate)
        {
            _faults.AddRange(Enumerable.Repeat(fault, times));
        }
    }

    public IReadOnlyList<FakeWeChatRequest> RequestsTo(string path) =>
        Requests.Where(r => r.Path == path).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.MapPost("/cgi-bin/stable_token", ctx => Handle(ctx, FakeWeChatFaultScope.Tokens,
            (_, body, _) => _api.StableToken(body)));
        _app.MapGet("/cgi-bin/token", ctx => Handle(ctx, FakeWeChatFaultScope.Tokens,
            (c, _, _) => _api.ClassicToken(c.Request.Query)));
        _app.MapPost("/cgi-bin/message/custom/send", ctx => Handle(ctx, FakeWeChatFaultScope.Messages,
            (c, body, raw) => _api.Send(c.Request.Path, c.Request.Query["access_token"], body, raw, template: false)));
        _app.MapPost("/cgi-bin/message/template/send", ctx => Handle(ctx, FakeWeChatFaultScope.Messages,
            (c, body, raw) => _api.Send(c.Request.Path, c.Request.Query["access_token"], body, raw, template: true)));
        _app.MapGet("/cgi-bin/media/get", ctx => Handle(ctx, FakeWeChatFaultScope.Messages,
            (c, _, _) => _api.MediaGet(c.Request.Query["access_token"], c.Request.Query["media_id"], Media)));
    }

    private async Task Handle(HttpContext context, FakeWeChatFaultScope scope,
        Func<HttpContext, JsonNode?, string, IResult> respond)
    {
        var raw = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var body = TryParse(raw);
        var fault = Record(context, scope, raw, FakeWeChatApi.OpenIdOf(body));
        var result = fault is null ? respond(context, body, raw) : await ApplyAsync(fault, context, () => respond(context, body, raw));
        if (result is not null)
        {
            await result.ExecuteAsync(context);
        }
    }

    /// <summary>Returns what to answer, or null after aborting the connection.</summary>
    private async Task<IResult?> ApplyAsync(FakeWeChatFault fault, HttpContext context, Func<IResult> normal)
    {
        switch (fault.Kind)
        {
            case FakeWeChatFaultKind.Http500:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case FakeWeChatFaultKind.AcceptThenHttp500:
                normal();
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case FakeWeChatFaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = fault.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            case FakeWeChatFaultKind.ErrCode:
                return FakeWeChatApi.Error(fault.Value, "scripted error");
            case FakeWeChatFaultKind.TokenExpired:
                Tokens.InvalidateAll();
                return FakeWeChatApi.Error(40001, "invalid credential, access_token is invalid or not latest");
            case FakeWeChatFaultKind.Slow:
                await Task.Delay(fault.Value, context.RequestAborted);
                return normal();
            case FakeWeChatFaultKind.Drop:
                context.Abort();
                return null;
            default:
                throw new InvalidOperationException($"Unknown fault {fault.Kind}.");
        }
    }

    /// <summary>Records the request and takes the first scripted fault that matches it.</summary>
    private FakeWeChatFault? Record(HttpContext context, FakeWeChatFaultScope scope, string raw, string? openId)
    {
        var request = context.Request;
        lock (_gate)
        {
            _requests.Add(new FakeWeChatRequest(request.Method, request.Path, request.QueryString.Value ?? "", raw,
                _time.GetUtcNow()));
            var index = _faults.FindIndex(f =>
                (f.Scope == FakeWeChatFaultScope.Any || f.Scope == scope) && (f.OpenId is null || f.OpenId == openId));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index];
            _faults.RemoveAt(index);
            return fault;
        }
    }

    private static JsonNode? TryParse(string raw)
    {
        try
        {
            return raw.Length == 0 ? null : JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
