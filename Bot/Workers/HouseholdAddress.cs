namespace Alerts.Bot.Workers;

internal static class HouseholdAddress
{
    /// <summary>The address of a household someone registered in chat: the grid worker records the real one on the visit.</summary>
    public const string SelfRegistered = "自主登记";
}
