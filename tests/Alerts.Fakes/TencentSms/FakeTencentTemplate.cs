namespace Alerts.Fakes.TencentSms;

/// <summary>
/// An approved template as the fake knows it. <paramref name="Body"/> uses {1}, {2}…; <paramref name="MaxLengths"/>
/// gives each parameter's limit in .NET chars (UTF-16 units, which equal Tencent's character count for the CJK and
/// ASCII text we send). A code template (<paramref name="DigitsOnly"/>) takes digits only, as a verification-code
/// template does.
/// </summary>
public sealed record FakeTencentTemplate(string Id, string Body, IReadOnlyList<int> MaxLengths, bool DigitsOnly = false)
{
    /// <summary>How many distinct placeholders {n} the body has.</summary>
    public int PlaceholderCount =>
        Enumerable.Range(1, 32).Count(n => Body.Contains("{" + n + "}", StringComparison.Ordinal));

    public string Render(IReadOnlyList<string> parameters)
    {
        var text = Body;
        for (var i = 0; i < parameters.Count; i++)
        {
            text = text.Replace("{" + (i + 1) + "}", parameters[i], StringComparison.Ordinal);
        }

        return text;
    }
}
