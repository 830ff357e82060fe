using Alerts.Channels.Messages;
using Alerts.Channels.Sms;
using Alerts.Host.Inbound;
using Alerts.Identity.Accounts;
using Alerts.Store.Outbound;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Simulator;

/// <summary>
/// POST /simulator/messages: the simulator page speaks as a person through the same inbound pipeline a real
/// webhook uses. Replies are shown and recorded as 'simulated', never sent.
/// </summary>
internal static class SimulatorEndpoints
{
    public const int MaxTextLength = 1000;
    // Far beyond any provider's passive window: the page waits for the bot instead of missing the answer.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    // A fixed point in the demo county (渝北区), for the location-share button.
    private static readonly GeoPoint SharedLocation = new(29.7180, 106.6310, "重庆市渝北区");

    public static IEndpointRouteBuilder MapSimulator(this IEndpointRouteBuilder app)
    {
        app.MapPost("/simulator/messages", SendAsync);
        return app;
    }

    private static async Task<Results<Ok<SimulatorReplies>, BadRequest<SimulatorError>, NotFound<SimulatorError>>>
        SendAsync(SimulatorMessage body, HttpContext context, IAntiforgery antiforgery, PersonStore people, InboundPipeline pipeline,
            OutboundMessageStore outbound, TimeProvider time, CancellationToken ct)
    {
        // Signed in by cookie, so a page of another site must not be able to post here in the user's name.
        if (!await antiforgery.IsRequestValidAsync(context))
            return TypedResults.BadRequest(new SimulatorError("页面已过期，请刷新后再发。"));
        if (Check(body) is { } problem) return TypedResults.BadRequest(new SimulatorError(problem));
        var channel = SimulatorChannels.Parse(body.Channel)!.Value;
        var person = await people.GetAsync(body.PersonId, ct);
        // Someone outside the signed-in account's jurisdiction is answered like someone who does not exist.
        if (person is null || !DivisionCode.Contains(context.User.ToAccount().RegionCode, person.RegionCode))
            return TypedResults.NotFound(new SimulatorError("找不到这个人。"));
        var address = SimulatorChannels.AddressOf(person, channel);
        if (address is null)
            return TypedResults.BadRequest(new SimulatorError($"{person.Name}没有{SimulatorChannels.Label(channel)}，不能用这个渠道发送。"));

        var clientId = Guid.Parse(body.ClientMessageId!).ToString("D");
        var message = Inbound(body, channel, address, clientId, time.GetUtcNow());
        var replies = await pipeline.ProcessAsync(message, Budget, ct);
        await RecordAsync(outbound, channel, address, replies, clientId);
        return TypedResults.Ok(new SimulatorReplies(replies));
    }

    /// <summary>The reason a request is malformed, or null when its shape is fine.</summary>
    internal static string? Check(SimulatorMessage body)
    {
        var channel = SimulatorChannels.Parse(body.Channel);
        if (channel is null) return "渠道只能是微信（wechat）或短信（sms）。";
        if (!Guid.TryParse(body.ClientMessageId, out _)) return "缺少消息编号（clientMessageId）。";
        return (body.Kind ?? "text") switch
        {
            "text" when string.IsNullOrWhiteSpace(body.Text) => "消息不能为空。",
            "text" when body.Text!.Length > MaxTextLength => $"消息不能超过{MaxTextLength}个字。",
            "text" => null,
            "subscribe" or "location" when channel != ChannelKind.WeChat => "关注和位置只能通过微信发送。",
            "subscribe" or "location" => null,
            _ => "不支持这种消息。",
        };
    }

    // The shape the WeChat or Twilio webhook would have produced, so the bot cannot tell the difference.
    private static InboundMessage Inbound(SimulatorMessage body, ChannelKind channel, string address, string clientId,
        DateTimeOffset now)
    {
        var id = "sim-" + clientId;
        return (body.Kind ?? "text") switch
        {
            "subscribe" => new InboundMessage(channel, address, id, InboundKind.Event, null, now, EventName: "subscribe"),
            "location" => new InboundMessage(channel, address, id, InboundKind.Location, null, now, Location: SharedLocation),
            _ => new InboundMessage(channel, address, id, InboundKind.Text, body.Text, now),
        };
    }

    // A repeated clientMessageId gets the same replies from the pipeline and the same keys here, so nothing doubles.
    // Not the request's token: the turn is already stored, so its replies are recorded even if the page has gone.
    private static async Task RecordAsync(OutboundMessageStore outbound, ChannelKind channel, string address,
        IReadOnlyList<string> replies, string clientId)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            var segments = SmsSegments.Billed(channel, replies[i]);
            await outbound.RecordSimulatedAsync(channel.Key(), address, replies[i], $"sim-reply:{clientId}:{i}", "reply",
                segments, CancellationToken.None);
        }
    }
}
