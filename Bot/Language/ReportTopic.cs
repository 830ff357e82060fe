namespace Alerts.Bot.Language;

/// <summary>What a clause talks about, so that "倒了" counts for the house only when the house is the subject.</summary>
[Flags]
internal enum ReportTopic
{
    None = 0,
    House = 1,
    HousePart = 2, // a wall or the roof: damage to it is at most Severe
    Crops = 4,
    Livestock = 8,
    People = 16,
    Elsewhere = 32, // the hill, a road, a tree: stops "倒了" from carrying over to the house
}
