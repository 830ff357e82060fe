namespace Alerts.Monitoring.Households.Register;

/// <summary>The household's own columns as one row gives them; null is a blank cell.</summary>
internal sealed record RegisterHouseholdCells
{
    /// <summary>A row that leaves every household column blank, as most members' rows do.</summary>
    public static readonly RegisterHouseholdCells Blank = new();

    public string? Address { get; init; }
    public int? Income { get; init; }
    public int? IncomeYear { get; init; }
    public string? IncomeSource { get; init; }
    public bool? LiftedOut { get; init; }
    public bool? Monitored { get; init; }
    public bool? Dibao { get; init; }
    public bool? DibaoEdge { get; init; }
    public bool? Tekun { get; init; }
    public bool? Food { get; init; }
    public bool? Clothing { get; init; }
    public bool? Education { get; init; }
    public bool? Medical { get; init; }
    public bool? Housing { get; init; }
    public bool? Water { get; init; }

    /// <summary>E.164 as the phone parser gave it.</summary>
    public string? HelperPhone { get; init; }

    /// <summary>Each column with its value, so that another row can be checked against the head's, column by column.</summary>
    public IEnumerable<(string Column, object? Value)> ByColumn()
    {
        yield return (RegisterColumns.Address, Address);
        yield return (RegisterColumns.Income, Income);
        yield return (RegisterColumns.IncomeYear, IncomeYear);
        yield return (RegisterColumns.IncomeSource, IncomeSource);
        yield return (RegisterColumns.LiftedOut, LiftedOut);
        yield return (RegisterColumns.Monitored, Monitored);
        yield return (RegisterColumns.Dibao, Dibao);
        yield return (RegisterColumns.DibaoEdge, DibaoEdge);
        yield return (RegisterColumns.Tekun, Tekun);
        yield return (RegisterColumns.Food, Food);
        yield return (RegisterColumns.Clothing, Clothing);
        yield return (RegisterColumns.Education, Education);
        yield return (RegisterColumns.Medical, Medical);
        yield return (RegisterColumns.Housing, Housing);
        yield return (RegisterColumns.Water, Water);
        yield return (RegisterColumns.HelperPhone, HelperPhone);
    }
}
