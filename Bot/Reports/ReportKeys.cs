using System.Text.Json;
using Alerts.Bot.Dialogs;

namespace Alerts.Bot.Reports;

/// <summary>Report answers as stored keys (collapsed, total_loss, polluted …), the same names the dialog state uses.</summary>
internal static class ReportKeys
{
    public static T? Parse<T>(string? key) where T : struct, Enum =>
        key is null ? null : JsonSerializer.Deserialize<T>($"\"{key}\"", DialogJson.Options);

    public static string Key<T>(T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, DialogJson.Options).Trim('"');

    /// <summary>Money as people say it, kept to a sane range (nobody loses a billion yuan in a village).</summary>
    public static int? Yuan(long? value) => value is null ? null : (int)Math.Clamp(value.Value, 0, 100_000_000);
}
