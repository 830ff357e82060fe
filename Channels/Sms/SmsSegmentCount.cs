namespace Alerts.Channels.Sms;

/// <summary>How a body will be billed: its encoding, its length in that encoding's units (septets or UTF-16 code
/// units) and the number of segments.</summary>
internal readonly record struct SmsSegmentCount(SmsEncoding Encoding, int Units, int Segments);
