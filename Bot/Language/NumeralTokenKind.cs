namespace Alerts.Bot.Language;

internal enum NumeralTokenKind
{
    Number,
    SmallUnit, // 十 百 千
    BigUnit,   // 万 亿
}
