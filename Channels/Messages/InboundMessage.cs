namespace Alerts.Channels.Messages;

/// <summary>
/// One inbound message or event, normalised from any channel. The bot sees only this shape.
/// </summary>
/// <param name="Channel">Where it came from.</param>
/// <param name="Address">Who sent it on that channel: a WeChat openid, an E.164 phone number, a simulator id.</param>
/// <param name="ProviderMessageId">The provider's id, used to recognise retries (WeChat MsgId or an event key,
/// Twilio MessageSid).</param>
/// <param name="Kind">Text, voice, location, … or an event.</param>
/// <param name="Text">What the person typed, or voice recognition text for voice messages.</param>
/// <param name="Location">A shared location, if any.</param>
/// <param name="MediaId">A provider media id for images and voice.</param>
/// <param name="EventName">For events: subscribe, unsubscribe, SCAN, LOCATION, CLICK, VIEW, TEMPLATESENDJOBFINISH
/// (lower case, as providers mix cases).</param>
/// <param name="EventKey">For events: the QR scene (without qrscene_), menu key or URL, or a receipt status.</param>
/// <param name="ReceivedUtc">When the provider says it was sent.</param>
public sealed record InboundMessage(
    ChannelKind Channel,
    string Address,
    string ProviderMessageId,
    InboundKind Kind,
    string? Text,
    DateTimeOffset ReceivedUtc,
    GeoPoint? Location = null,
    string? MediaId = null,
    string? EventName = null,
    string? EventKey = null,
    string? Url = null);
