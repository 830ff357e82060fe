namespace Alerts.Broadcast.Warnings;

/// <summary>Validation messages per field, each "中文 / English".</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string chinese, string english)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add($"{chinese} / {english}");
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Refusal ToRefusal() => Refusal.Invalid(ToDictionary());
}
