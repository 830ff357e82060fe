using LabourWords = Alerts.Monitoring.Measures.LabourCapacity;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// A household as the register gives it (or as it is stored, to compare): what an import writes. The household's
/// labour and 残疾 flag follow from its members (<see cref="LabourOf"/>).
/// </summary>
internal sealed record RegisterHousehold
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public required string RegisterNo { get; init; }
    public required string HeadName { get; init; }
    public string Address { get; init; } = "";
    public int? IncomePerPersonYuan { get; init; }
    public int? IncomeYear { get; init; }
    public string? IncomeSource { get; init; }
    public bool? FoodSecure { get; init; }
    public bool? ClothingSecure { get; init; }
    public bool? EducationSecure { get; init; }
    public bool? MedicalSecure { get; init; }
    public bool? HousingSecure { get; init; }
    public bool? WaterSecure { get; init; }
    public string? Labour { get; init; }
    public bool IsLiftedOut { get; init; }
    public bool IsMonitored { get; init; }
    public bool HasDibao { get; init; }
    public bool HasDibaoEdge { get; init; }
    public bool IsTekun { get; init; }
    public bool HasDisabled { get; init; }
    public long? HelperId { get; init; }
    public IReadOnlyList<HouseholdMember> Members { get; init; } = [];

    /// <summary>Where the household came from in the file (its head's row), for errors found later (helper, village).</summary>
    public int HeadRow { get; init; }
    public string? VillageName { get; init; }
    public string? HelperPhone { get; init; }

    /// <summary>Whether writing this over <paramref name="stored"/> would change nothing.</summary>
    public bool SameAs(RegisterHousehold stored) =>
        this with { Id = stored.Id, HeadRow = 0, VillageName = null, HelperPhone = null, Members = stored.Members } ==
        stored with { HeadRow = 0, VillageName = null, HelperPhone = null }
        && Members.SequenceEqual(stored.Members);

    /// <summary>
    /// The household's labour capacity from those who live there: full if anyone has full labour, else unknown if
    /// anyone's is not recorded (never guessed), else weak if anyone's is weak, else none.
    /// </summary>
    public static string? LabourOf(IEnumerable<HouseholdMember> members)
    {
        var living = members.Where(m => m.LivesHere).Select(m => m.Labour).ToList();
        if (living.Count == 0) return null;
        if (living.Contains(LabourWords.Full)) return LabourWords.Full;
        if (living.Contains(null)) return null;
        return living.Contains(LabourWords.Weak) ? LabourWords.Weak : LabourWords.None;
    }
}
