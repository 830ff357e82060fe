namespace Alerts.Store.Regions;

/// <summary>A town of the area picker, its villages, and their totals.</summary>
public sealed record AreaTreeTown(string Code, string Name, IReadOnlyList<AreaTreeVillage> Villages)
{
    /// <summary>The digits every place of the town starts with.</summary>
    public string Prefix => DivisionCode.Prefix(Code);

    public long Households => Villages.Sum(v => v.Households);

    public long People => Villages.Sum(v => v.People);
}
