namespace Alerts.Bot.Tests.Conversations;

/// <summary>The report fields a set of answers should give (the house and the hazard come from the first message).</summary>
public sealed record ExpectedAnswers(
    int DaysAgo, int Injured, string Crops, bool LivestockLost, string Water, int? IncomeLostYuan, bool HasLabour,
    int? Medical = null)
{
    public static ExpectedAnswers Of(StoredReport r, DateOnly today) => new(
        today.DayNumber - DateOnly.ParseExact(r.OccurredOn!, "yyyy-MM-dd").DayNumber, r.Injured, r.Crops, r.LivestockLost,
        r.Water, r.IncomeLostYuan, r.HasLabour ?? throw new InvalidOperationException("has_labour was not stored."),
        r.ExtraMedicalYuan);
}
