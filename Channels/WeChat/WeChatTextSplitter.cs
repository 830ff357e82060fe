using System.Text;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Splits text into parts WeChat will take in one message. The limit is undocumented; SDKs and issues settle on
/// about 2048 UTF-8 bytes (Senparc TextResponseLimitOptions, PR #2875), so we stay at or under that.
/// </summary>
internal static class WeChatTextSplitter
{
    public const int MaxBytes = 2048;

    // Break after these when we can, so a part does not end mid-sentence.
    private static readonly char[] PreferredBreaks = ['\n', '。', '！', '？', '；', '.', '!', '?', ';', ' '];

    public static IReadOnlyList<string> Split(string text, int maxBytes = MaxBytes)
    {
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (Encoding.UTF8.GetByteCount(rest) > maxBytes)
        {
            var cut = FitLength(rest, maxBytes);
            var preferred = rest[..cut].LastIndexOfAny(PreferredBreaks);
            if (preferred >= cut / 2)
            {
                cut = preferred + 1;
            }

            parts.Add(rest[..cut].ToString());
            rest = rest[cut..];
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    /// <summary>The longest prefix, in chars, that fits in maxBytes without splitting a surrogate pair.</summary>
    private static int FitLength(ReadOnlySpan<char> text, int maxBytes)
    {
        var bytes = 0;
        var index = 0;
        while (index < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text[index..], out var rune, out var consumed);
            var size = status == System.Buffers.OperationStatus.Done ? rune.Utf8SequenceLength : 3;
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            index += consumed;
        }

        return Math.Max(index, 1);
    }
}
