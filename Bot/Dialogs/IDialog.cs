using System.Text.Json;

namespace Alerts.Bot.Dialogs;

/// <summary>
/// A dialog is a small state machine in the spirit of Bot Framework's: begun with options, continued with each
/// message, resumed with a child's result. Its state lives in its frame, never in fields.
/// </summary>
public interface IDialog
{
    string Id { get; }

    /// <summary>Bump when the shape of the state or the order of steps changes.</summary>
    int Version { get; }

    Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken ct);

    Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct);

    Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogTurnResult child, CancellationToken ct);
}
