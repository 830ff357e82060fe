using Alerts.Channels.Messages;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// The one rule that turns a message into an approved template's variables (README, "Tencent Cloud SMS"):
/// <list type="bullet">
/// <item>The template is the purpose's: "warning.{hazard}.{level}", else "warning.{hazard}", else "warning"; "notice";
/// "reply"; "code".</item>
/// <item>Each variable takes its first non-empty named value, cut to its limit with … (a warning is shortened, never
/// split: one warning is one text). A code is never cut: a code that does not fit is not sent.</item>
/// <item>The "text" variable (at most one per template) takes the message's words. A reply or notice longer than it
/// is split across sends of up to <see cref="TencentSmsOptions.MaxParts"/>, each marked （1/2）, broken after the last
/// punctuation in the back half of a part where there is one; what is left after the last part is cut with ….</item>
/// </list>
/// </summary>
internal static class TencentSmsTemplates
{
    private const string Breaks = "。！？；，、：.!?;, ";

    /// <summary>The configured keys a message may use, most specific first.</summary>
    public static IReadOnlyList<string> KeysFor(OutboundMessage m) => m.Purpose switch
    {
        MessagePurpose.Warning when m.Template?.Key is { Length: > 0 } key =>
            [$"warning.{key}", $"warning.{key.Split('.')[0]}", "warning"],
        MessagePurpose.Warning => ["warning"],
        MessagePurpose.Code => ["code"],
        MessagePurpose.Notice => ["notice"],
        _ => ["reply"],
    };

    /// <summary>The template configured for the message, with its parsed variables; null when none is.</summary>
    public static (string Key, TencentSmsTemplate Template, IReadOnlyList<TemplateSlot> Slots)? Resolve(
        TencentSmsOptions options, OutboundMessage m)
    {
        foreach (var key in KeysFor(m))
        {
            if (!options.Templates.TryGetValue(key, out var template) || string.IsNullOrWhiteSpace(template.Id)) continue;
            var slots = template.Params.Select(TemplateSlot.Parse).ToList();
            return slots.Any(s => s is null) ? null : (key, template, slots!);
        }

        return null;
    }

    public const string NoTemplate = "no-template";
    public const string ValueRefused = "value-refused";

    /// <summary>The template and values to send, or null and why not: <see cref="NoTemplate"/>, or
    /// <see cref="ValueRefused"/> for a code that does not fit (a code is never cut).</summary>
    public static TemplateFill? Fill(TencentSmsOptions options, OutboundMessage m, out string? refusalCode, out string? refusal)
    {
        (refusalCode, refusal) = (null, null);
        if (Resolve(options, m) is not var (key, template, slots))
        {
            (refusalCode, refusal) = (NoTemplate, $"no template for {string.Join(" / ", KeysFor(m))}");
            return null;
        }

        var values = new List<string>(slots.Count);
        foreach (var slot in slots)
        {
            var value = slot.IsText ? m.Text.Trim() : ValueOf(slot, m.Template?.Data);
            if (template.DigitsOnly && !(value.Length is > 0 and <= 6 && value.Length <= slot.MaxLength && value.All(char.IsAsciiDigit)))
            {
                (refusalCode, refusal) = (ValueRefused, $"template {key} takes at most {Math.Min(6, slot.MaxLength)} digits");
                return null;
            }

            values.Add(TextCut.Cut(value, slot.MaxLength));
        }

        return new TemplateFill(key, template.Id, values);
    }

    /// <summary>
    /// A reply or notice whose words do not fit its template's text variable, as the parts to send in order, each
    /// with its own key (the original's + "#n"); otherwise the message itself.
    /// </summary>
    public static IReadOnlyList<OutboundMessage> Split(TencentSmsOptions options, OutboundMessage m)
    {
        if (m.Purpose is not (MessagePurpose.Reply or MessagePurpose.Notice)) return [m];
        if (Resolve(options, m) is not var (_, _, slots) || slots.FirstOrDefault(s => s.IsText) is not { } slot) return [m];
        var text = m.Text.Trim();
        if (text.Length <= slot.MaxLength) return [m];

        var parts = Math.Max(1, options.MaxParts);
        var room = slot.MaxLength - Marker(parts, parts).Length;
        // Too little room for a marker and some words: one send, cut.
        if (parts == 1 || room < 8) return [m];
        var pieces = Pieces(text, room, parts);
        return pieces.Select((piece, i) => m with
        {
            Text = piece + Marker(i + 1, pieces.Count), IdempotencyKey = $"{m.IdempotencyKey}#{i + 1}",
        }).ToList();
    }

    private static List<string> Pieces(string text, int room, int most)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var rest = text.Length - start;
            if (rest <= room) { pieces.Add(text[start..]); break; }
            if (pieces.Count == most - 1) { pieces.Add(TextCut.Cut(text[start..], room)); break; }
            var take = TextCut.Fit(text, start, room);
            var cut = text.LastIndexOfAny(Breaks.ToCharArray(), start + take - 1, take / 2);
            if (cut >= start) take = cut - start + 1;
            pieces.Add(text.Substring(start, take).Trim());
            start += take;
        }

        return pieces;
    }

    private static string Marker(int part, int of) => $"（{part}/{of}）";

    private static string ValueOf(TemplateSlot slot, IReadOnlyDictionary<string, string>? data) =>
        slot.Sources.Select(s => data?.GetValueOrDefault(s)?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "";
}
