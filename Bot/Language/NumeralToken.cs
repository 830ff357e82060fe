namespace Alerts.Bot.Language;

/// <summary>One piece of a written number; <see cref="Arabic"/> marks a run of Arabic digits such as "5000".</summary>
internal readonly record struct NumeralToken(NumeralTokenKind Kind, decimal Value, bool Arabic = false);
