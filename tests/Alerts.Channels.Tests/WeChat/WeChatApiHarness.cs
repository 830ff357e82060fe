using Alerts.Channels.Messages;
using Alerts.Channels.Tests.Support;
using Alerts.Channels.WeChat;
using Alerts.Fakes.WeChat;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Channels.Tests.WeChat;

/// <summary>The API client, token owner and sender wired to a fresh FakeWeChatServer, on one manual clock.</summary>
internal sealed class WeChatApiHarness : IAsyncDisposable
{
    private WeChatApiHarness(FakeWeChatServer server, FakeTimeProvider time, WeChatOptions options,
        IAccessTokenStore store, TimeSpan? httpTimeout)
    {
        Server = server;
        Time = time;
        Options = options;
        Store = store;
        var http = new HttpClient(new LoopbackOnlyHandler(new SocketsHttpHandler()))
        {
            BaseAddress = server.BaseAddress,
            Timeout = httpTimeout ?? TimeSpan.FromSeconds(10),
        };
        Api = new WeChatApiClient(http, Microsoft.Extensions.Options.Options.Create(options), time,
            NullLogger<WeChatApiClient>.Instance);
        Tokens = NewTokens();
        Sender = new WeChatSender(Api, Tokens, Microsoft.Extensions.Options.Options.Create(options), time);
    }

    public FakeWeChatServer Server { get; }

    public FakeTimeProvider Time { get; }

    public WeChatOptions Options { get; }

    public IAccessTokenStore Store { get; }

    public WeChatApiClient Api { get; }

    public WeChatAccessTokens Tokens { get; }

    public WeChatSender Sender { get; }

    public int TokenCalls => Server.RequestsTo("/cgi-bin/stable_token").Count;

    public static async Task<WeChatApiHarness> StartAsync(TimeSpan? httpTimeout = null, string? secret = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero));
        var server = await FakeWeChatServer.StartAsync(time);
        var options = new WeChatOptions
        {
            AppId = server.AppId,
            AppSecret = secret ?? server.AppSecret,
            Token = "t",
            ApiBaseUrl = server.BaseAddress.ToString(),
            TemplateIds = { ["weather.red"] = "TPL_WEATHER_RED" },
        };
        return new WeChatApiHarness(server, time, options, new InMemoryAccessTokenStore(), httpTimeout);
    }

    /// <summary>Another token owner on the same store, as a second Host instance would have.</summary>
    public WeChatAccessTokens NewTokens() =>
        new(Store, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<WeChatAccessTokens>.Instance);

    public async ValueTask DisposeAsync()
    {
        Tokens.Dispose();
        await Server.DisposeAsync();
    }
}

internal static class WeChatTemplateSends
{
    /// <summary>A warning as dispatch sends it: the template form of a message, keyed by its client_msg_id.</summary>
    public static Task<SendResult> SendTemplateAsync(this WeChatSender sender, string openId, string templateKey,
        IReadOnlyDictionary<string, string> data, string clientMsgId, string? url, CancellationToken ct) =>
        sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, openId, "text", clientMsgId)
        {
            Template = new MessageTemplate(templateKey, data, url),
        }, ct);
}
