using System.Globalization;
using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Maps the fields of a push (wechat.md §3) to <see cref="InboundMessage"/>. Ids follow §4's safer keys:
/// FromUserName:MsgId for messages (MsgId alone collided across users, WxJava #333) and
/// FromUserName:CreateTime:Event:EventKey-or-MsgID for events (CreateTime alone dropped distinct receipts,
/// Senparc #2605).
/// </summary>
internal static class WeChatInboundParser
{
    private const string QrScenePrefix = "qrscene_";

    public static WeChatParseResult Parse(IReadOnlyDictionary<string, string> fields)
    {
        var from = Get(fields, "FromUserName");
        var msgType = Get(fields, "MsgType");
        var createTimeText = Get(fields, "CreateTime");
        if (from is null || msgType is null || createTimeText is null)
        {
            return WeChatParseResult.Fail("FromUserName, MsgType or CreateTime missing");
        }

        // The openid becomes the person's address in every record; a malformed one is refused before any is made.
        if (!ChannelAddress.IsValid(ChannelKind.WeChat, from))
        {
            return WeChatParseResult.Fail("FromUserName is not an openid");
        }

        if (!long.TryParse(createTimeText, NumberStyles.None, CultureInfo.InvariantCulture, out var createTime) ||
            createTime > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return WeChatParseResult.Fail("CreateTime is not a Unix time");
        }

        var basis = new InboundMessage(ChannelKind.WeChat, from, "", InboundKind.Other, null,
            DateTimeOffset.FromUnixTimeSeconds(createTime));
        return msgType == "event" ? ParseEvent(fields, basis, createTimeText) : ParseMessage(fields, basis, msgType);
    }

    private static WeChatParseResult ParseMessage(
        IReadOnlyDictionary<string, string> fields, InboundMessage basis, string msgType)
    {
        var msgId = Get(fields, "MsgId");
        if (msgId is null)
        {
            return WeChatParseResult.Fail("MsgId missing");
        }

        var m = basis with { ProviderMessageId = $"{basis.Address}:{msgId}" };
        switch (msgType)
        {
            case "text":
                var content = Get(fields, "Content");
                return content is null
                    ? WeChatParseResult.Fail("text without Content")
                    : WeChatParseResult.Ok(m with { Kind = InboundKind.Text, Text = content });
            case "voice":
                // Recognition is present only when voice recognition is switched on in the console.
                return WeChatParseResult.Ok(m with
                {
                    Kind = InboundKind.Voice, Text = Get(fields, "Recognition"), MediaId = Get(fields, "MediaId"),
                });
            case "location":
                var point = ReadPoint(fields, "Location_X", "Location_Y", Get(fields, "Label"));
                return point is null
                    ? WeChatParseResult.Fail("location without Location_X/Location_Y")
                    : WeChatParseResult.Ok(m with { Kind = InboundKind.Location, Location = point });
            case "image":
                return WeChatParseResult.Ok(m with
                {
                    Kind = InboundKind.Image, MediaId = Get(fields, "MediaId"), Url = Get(fields, "PicUrl"),
                });
            case "link":
                return WeChatParseResult.Ok(m with
                {
                    Kind = InboundKind.Link, Text = Get(fields, "Title"), Url = Get(fields, "Url"),
                });
            default:
                // video, shortvideo and whatever WeChat adds next: acknowledged, not understood.
                return WeChatParseResult.Ok(m with { Kind = InboundKind.Other, MediaId = Get(fields, "MediaId") });
        }
    }

    private static WeChatParseResult ParseEvent(
        IReadOnlyDictionary<string, string> fields, InboundMessage basis, string createTime)
    {
        var rawEvent = Get(fields, "Event");
        if (rawEvent is null)
        {
            return WeChatParseResult.Fail("event without Event");
        }

        // WeChat mixes cases (subscribe, SCAN, LOCATION, TEMPLATESENDJOBFINISH); wechatpy lower-cases too.
        var name = rawEvent.ToLowerInvariant();
        var eventKey = Get(fields, "EventKey");
        var msgId = Get(fields, "MsgID") ?? Get(fields, "MsgId");
        GeoPoint? location = null;
        switch (name)
        {
            case "subscribe" when eventKey is not null && eventKey.StartsWith(QrScenePrefix, StringComparison.Ordinal):
                eventKey = eventKey[QrScenePrefix.Length..];
                break;
            case "location":
                location = ReadPoint(fields, "Latitude", "Longitude", label: null);
                if (location is null)
                {
                    return WeChatParseResult.Fail("LOCATION event without Latitude/Longitude");
                }

                break;
            case "templatesendjobfinish" or "masssendjobfinish":
                // The receipt's status is what matters; MsgID ties it to the msgid our send got back.
                eventKey = Get(fields, "Status");
                break;
        }

        var discriminator = msgId ?? eventKey ?? "";
        return WeChatParseResult.Ok(basis with
        {
            ProviderMessageId = $"{basis.Address}:{createTime}:{name}:{discriminator}",
            Kind = InboundKind.Event,
            EventName = name,
            EventKey = string.IsNullOrEmpty(eventKey) ? null : eventKey,
            Location = location,
        });
    }

    private static GeoPoint? ReadPoint(
        IReadOnlyDictionary<string, string> fields, string latKey, string lngKey, string? label)
    {
        var ok = double.TryParse(Get(fields, latKey), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &
                 double.TryParse(Get(fields, lngKey), NumberStyles.Float, CultureInfo.InvariantCulture, out var lng);
        return ok && Math.Abs(lat) <= 90 && Math.Abs(lng) <= 180 ? new GeoPoint(lat, lng, label) : null;
    }

    private static string? Get(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) ? value : null;
}
