namespace Alerts.Bot.Language;

/// <summary>The house question's answers, least to most severe (domain.md "Self-report").</summary>
internal enum HouseDamage
{
    None,
    Minor,     // 进水, 漏水, small cracks
    Severe,    // big cracks, roof or a wall gone
    Unsafe,    // 危房, 不能住
    Collapsed, // 倒了, 塌了, 冲垮了
}
