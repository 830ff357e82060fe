namespace Alerts.Incidents.Figures;

/// <summary>
/// A figure as far as it is known: at least <see cref="Least"/>, at most <see cref="Most"/> (equal when one number
/// was said). A range said by a villager ("三五千") stays a range when figures are added up.
/// </summary>
public readonly record struct FigureRange(long Least, long Most)
{
    public static FigureRange Exactly(long value) => new(value, value);

    public static FigureRange operator +(FigureRange a, FigureRange b) => new(a.Least + b.Least, a.Most + b.Most);

    public bool IsExact => Least == Most;

    /// <summary>"3" or "3000–5000".</summary>
    public override string ToString() => IsExact
        ? Least.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Least}–{Most}");
}
