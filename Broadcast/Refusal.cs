namespace Alerts.Broadcast;

/// <summary>
/// An expected "no", returned as a value: a kind, a short English title, and the reason in Chinese and English.
/// Field errors (for 400) and unknown areas (for CAP imports) travel with it so the caller can fix their input.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Title, string Chinese, string English)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public IReadOnlyList<string> UnknownAreas { get; init; } = [];

    /// <summary>"中文 / English", the form every message takes in a problem body.</summary>
    public string Detail => $"{Chinese} / {English}";

    public static Refusal Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(RefusalKind.Invalid, "Invalid warning", "输入有误，未做任何更改", "The input is invalid; nothing was changed") { Errors = errors };

    public static Refusal Forbidden(string chinese, string english) => new(RefusalKind.Forbidden, "Forbidden", chinese, english);

    public static Refusal NotFound(long id) => NotFound($"预警 {id} 不存在", $"Warning {id} does not exist");

    public static Refusal NotFound(string chinese, string english) => new(RefusalKind.NotFound, "Not found", chinese, english);

    public static Refusal Conflict(string chinese, string english) => new(RefusalKind.Conflict, "Conflict", chinese, english);
}
