using Alerts.Channels.Sms;

namespace Alerts.Channels.Tests.Sms;

public sealed class SmsSegmentsTests
{
    public static TheoryData<string, string, int, int> Cases => new()
    {
        { "", nameof(SmsEncoding.Gsm7), 0, 0 },
        { "Flood warning", nameof(SmsEncoding.Gsm7), 13, 1 },
        { new string('a', 160), nameof(SmsEncoding.Gsm7), 160, 1 },
        { new string('a', 161), nameof(SmsEncoding.Gsm7), 161, 2 },
        { new string('a', 306), nameof(SmsEncoding.Gsm7), 306, 2 },
        { new string('a', 307), nameof(SmsEncoding.Gsm7), 307, 3 },
        // Extension characters cost two septets.
        { "€", nameof(SmsEncoding.Gsm7), 2, 1 },
        { "{[~]}|^\\", nameof(SmsEncoding.Gsm7), 16, 1 },
        { new string('€', 80), nameof(SmsEncoding.Gsm7), 160, 1 },
        { new string('a', 159) + "€", nameof(SmsEncoding.Gsm7), 161, 2 },
        // 152 + an escape pair would straddle the 153-septet boundary, so the pair starts part 2.
        { new string('a', 152) + "€" + new string('a', 152), nameof(SmsEncoding.Gsm7), 306, 3 },
        { "ÄÖÑÜäöñüà£¥§¿¡", nameof(SmsEncoding.Gsm7), 14, 1 },
        // ï is not in the GSM alphabet (ì is).
        { "naïve", nameof(SmsEncoding.Ucs2), 5, 1 },
        // twilio.md §8: BMP-only UCS-2 is one segment to 70, then ⌈n/67⌉.
        { new string('雨', 70), nameof(SmsEncoding.Ucs2), 70, 1 },
        { new string('雨', 71), nameof(SmsEncoding.Ucs2), 71, 2 },
        { new string('雨', 134), nameof(SmsEncoding.Ucs2), 134, 2 },
        { new string('雨', 135), nameof(SmsEncoding.Ucs2), 135, 3 },
        // One Chinese punctuation mark makes all of it UCS-2.
        { new string('a', 70) + "，", nameof(SmsEncoding.Ucs2), 71, 2 },
        { "Evacuate now。", nameof(SmsEncoding.Ucs2), 13, 1 },
        { "暴雨预警：请立即撤离！", nameof(SmsEncoding.Ucs2), 11, 1 },
        // Emoji are surrogate pairs: 2 units each.
        { "🌧", nameof(SmsEncoding.Ucs2), 2, 1 },
        { string.Concat(Enumerable.Repeat("🌧", 35)), nameof(SmsEncoding.Ucs2), 70, 1 },
        { string.Concat(Enumerable.Repeat("🌧", 36)), nameof(SmsEncoding.Ucs2), 72, 2 },
        // 66 units then a pair: the pair cannot be split, so part 1 holds 66 and the next part starts with it.
        { new string('雨', 66) + "🌧" + new string('雨', 65), nameof(SmsEncoding.Ucs2), 133, 2 },
        { new string('雨', 66) + "🌧" + new string('雨', 66), nameof(SmsEncoding.Ucs2), 134, 3 },
        // A rare CJK Extension-B character is outside the BMP too.
        { "𠀀", nameof(SmsEncoding.Ucs2), 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CountsEncodingUnitsAndSegmentsLikeTwilio(string body, string encoding, int units, int segments) =>
        Assert.Equal(new SmsSegmentCount(Enum.Parse<SmsEncoding>(encoding), units, segments), SmsSegments.Count(body));
}
