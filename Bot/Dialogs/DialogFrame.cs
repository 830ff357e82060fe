using System.Text.Json;

namespace Alerts.Bot.Dialogs;

/// <summary>
/// One dialog on the stack, as stored: which dialog, the version of its definition that wrote the state (a frame
/// from an older definition is restarted rather than misread), and its typed state as JSON.
/// </summary>
public sealed record DialogFrame(string DialogId, int Version, JsonElement State);
