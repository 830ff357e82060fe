namespace Alerts.Bot.Conversations;

/// <summary>
/// The CLICK keys of the Official Account's custom menu, as the same words a person would type, so a tap and a
/// typed word take the same path.
/// </summary>
internal static class MenuKeys
{
    public const string Report = "REPORT";
    public const string Warnings = "WARNINGS";
    public const string Progress = "PROGRESS";
    public const string Human = "HUMAN";
    public const string Help = "HELP";

    public static string ToCommand(string? key) => key switch
    {
        Report => "1",
        Warnings => "预警",
        Progress => "进度",
        Human => "人工",
        _ => "菜单",
    };
}
