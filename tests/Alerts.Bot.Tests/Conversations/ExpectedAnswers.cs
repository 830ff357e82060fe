namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// The report fields a set of answers should give (the house and the hazard come from the first message); the 两不愁
/// and 教育/医疗 answers null when not asked or not known.
/// </summary>
public sealed record ExpectedAnswers(
    int DaysAgo, int Injured, string Crops, bool LivestockLost, string Water, int? IncomeLostYuan, bool HasLabour,
    int? Medical = null, bool? FoodOk = null, bool? ClothingOk = null, bool? SchoolingOk = null, bool? MedicalCareOk = null)
{
    public static ExpectedAnswers Of(StoredReport r, DateOnly today) => new(
        today.DayNumber - DateOnly.ParseExact(r.OccurredOn!, "yyyy-MM-dd").DayNumber, r.Injured, r.Crops, r.LivestockLost,
        r.Water, r.IncomeLostYuan, r.HasLabour ?? throw new InvalidOperationException("has_labour was not stored."),
        r.ExtraMedicalYuan, r.FoodOk, r.ClothingOk, r.SchoolingOk, r.MedicalCareOk);
}
