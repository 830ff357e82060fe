using System.Text.Json;

namespace Alerts.Bot.Dialogs;

/// <summary>
/// What a dialog's step returns. Starting a child is a result too, not a nested call: the engine saves the parent's
/// state first and runs the child after, so no dialog is ever re-entered while one of its steps is running.
/// </summary>
public sealed record DialogTurnResult(DialogStatus Status, JsonElement? Value = null, string? ChildId = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogStatus.Waiting);

    public static DialogTurnResult Cancelled { get; } = new(DialogStatus.Cancelled);

    public static DialogTurnResult Complete<T>(T value) =>
        new(DialogStatus.Complete, JsonSerializer.SerializeToElement(value, DialogJson.Options));

    public static DialogTurnResult Done { get; } = new(DialogStatus.Complete);

    public static DialogTurnResult Begin(string childId, object? options = null) =>
        new(DialogStatus.BeginChild, options is null ? null : JsonSerializer.SerializeToElement(options, DialogJson.Options), childId);

    /// <summary>The child's result as <typeparamref name="T"/>, or default when there is none.</summary>
    public T? As<T>() => Value is { } v && v.ValueKind != JsonValueKind.Undefined && v.ValueKind != JsonValueKind.Null
        ? v.Deserialize<T>(DialogJson.Options)
        : default;
}
