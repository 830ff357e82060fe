namespace Alerts.Bot.Language;

/// <summary>What a clause talks about, so that "倒了" counts for the house only when the house is the subject.</summary>
[Flags]
internal enum ReportTopic
{
    None = 0,
    House = 1,
    HousePart = 2, // a wall, the roof, the kitchen 灶屋, the pigsty 猪圈: its fall is Partial, never Collapsed
    Crops = 4,
    Livestock = 8,
    People = 16,
    Elsewhere = 32, // the hill, a road, a tree: stops "倒了" from carrying over to the house
    Home = 64, // 屋头, 家里: the household or the house; its damage is the house's, but "屋头人都好" is not
}
