using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// What must hold before a single text goes out through Tencent (tencent-sms.md §6): every purpose has an approved
/// template, every template's variables are described and match its body, a code template takes digits, and the
/// callbacks have a token worth the name. Nothing is checked while the provider is not configured.
/// </summary>
internal sealed partial class TencentSmsOptionsValidator : IValidateOptions<TencentSmsOptions>
{
    /// <summary>Signature + body + values may not pass this (tencent-sms.md §6).</summary>
    public const int MaxTotalLength = 500;
    public const int MinTokenLength = 32;
    /// <summary>Shorter, and every answer the bot gives is cut into a string of texts.</summary>
    public const int MinTextLength = 20;

    public static readonly string[] Purposes = ["warning", "notice", "reply", "code"];

    public ValidateOptionsResult Validate(string? name, TencentSmsOptions o)
    {
        if (!o.IsConfigured) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (string.IsNullOrEmpty(o.CallbackToken) || o.CallbackToken.Length < MinTokenLength || !TokenShape().IsMatch(o.CallbackToken))
            errors.Add($"TencentSms:CallbackToken must be at least {MinTokenLength} letters, digits, - or _ (a random secret).");
        if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            errors.Add("TencentSms:ApiBaseUrl must be an absolute http(s) URL.");
        foreach (var purpose in Purposes.Where(p => !o.Templates.ContainsKey(p)))
            errors.Add($"TencentSms:Templates:{purpose} is missing: every purpose needs an approved template.");
        foreach (var (key, template) in o.Templates) Check(o, key, template, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(TencentSmsOptions o, string key, TencentSmsTemplate t, List<string> errors)
    {
        var at = $"TencentSms:Templates:{key}";
        if (!Purposes.Contains(key) && !key.StartsWith("warning.", StringComparison.Ordinal))
            errors.Add($"{at}: use warning, warning.{{hazard}}, warning.{{hazard}}.{{level}}, notice, reply or code.");
        if (string.IsNullOrWhiteSpace(t.Id) || !t.Id.All(char.IsAsciiDigit)) errors.Add($"{at}:Id must be the approved template's id (digits).");
        var slots = t.Params.Select(TemplateSlot.Parse).ToList();
        if (slots.Any(s => s is null))
            errors.Add($"{at}:Params: each is source[|fallback][:max] with sources {string.Join(", ", TemplateSlot.KnownSources)}.");
        var placeholders = Placeholder().Matches(t.Body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (t.Body.Length == 0 || placeholders.Count != t.Params.Count || !placeholders.Order().SequenceEqual(Enumerable.Range(1, t.Params.Count)))
            errors.Add($"{at}: Body must have {{1}}…{{{t.Params.Count}}}, one per Params entry.");
        if (slots.Any(s => s is null)) return;
        var texts = slots.Count(s => s!.IsText);
        if (texts > 1) errors.Add($"{at}: at most one text variable (Tencent allows no two variables side by side).");
        if (key is "reply" or "notice" && (texts != 1 || slots.First(s => s!.IsText)!.MaxLength < MinTextLength))
            errors.Add($"{at}: a reply or notice template needs one text variable of at least {MinTextLength} characters.");
        if (key == "code" && (!t.DigitsOnly || !slots.Any(s => s!.Sources.Contains("code"))))
            errors.Add($"{at}: the code template is a 验证码 template (DigitsOnly) with a code variable.");
        var total = (o.SignName?.Length ?? 0) + 2 + Placeholder().Replace(t.Body, "").Length + slots.Sum(s => s!.MaxLength);
        if (total > MaxTotalLength)
            errors.Add($"{at}: signature, body and the longest values come to {total} characters; Tencent allows {MaxTotalLength}.");
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
