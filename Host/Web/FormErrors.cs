namespace Alerts.Host.Web;

/// <summary>
/// Why a form was refused, field by field, in Chinese, for the page to show beside each field (the form keeps its input).
/// Domain refusals carry "中文 / English" messages; the console shows the Chinese half.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _errors.Count > 0;
    /// <summary>A refusal not tied to one field (shown above the form).</summary>
    public string? Form { get; set; }

    public void Add(string field, string message) => _errors.TryAdd(field, ChineseOf(message));

    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors) Add(field, string.Join("；", messages.Select(ChineseOf)));
    }

    public string? For(string field) => _errors.GetValueOrDefault(field);

    /// <summary>For <c>aria-invalid</c>: "true" on a refused field, nothing otherwise.</summary>
    public string? Invalid(string field) => _errors.ContainsKey(field) ? "true" : null;

    /// <summary>For <c>aria-describedby</c>: the id of the field's error, or nothing.</summary>
    public string? DescribedBy(string field) => _errors.ContainsKey(field) ? IdOf(field) : null;

    public static string IdOf(string field) => field + "-error";

    public static string ChineseOf(string message)
    {
        var cut = message.IndexOf(" / ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
