namespace Alerts.Bot.Language;

internal enum CropDamage
{
    None,
    Reduced,   // 减产, 淹了一半
    TotalLoss, // 绝收, 全没了
}
