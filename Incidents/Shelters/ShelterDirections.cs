using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Incidents.Shelters;

/// <summary>
/// The words that send a villager to their village's shelter: "村小学安置点（村委会旁）", two at most
/// ("村小学安置点（村委会旁）或村委会安置点"), in the order they were recorded. Null when the place is not inside a village
/// or the village has no shelter on record: then the caller keeps its generic words, never an invented place.
/// The one phrasing the bot's guidance and the warnings' texts both use.
/// </summary>
public sealed class ShelterDirections(StoreDb db, ShelterStore shelters)
{
    public const int MaxNamed = 2;

    public async Task<string?> ForVillageAsync(string placeCode, CancellationToken ct)
    {
        if (!DivisionCode.IsWellFormed(placeCode) || DivisionCode.Level(placeCode) != 5) return null;
        await using var c = await db.OpenAsync(ct);
        return await ForVillageAsync(c, null, placeCode, ct);
    }

    /// <summary>The same, read inside the caller's transaction (the bot's turn).</summary>
    public async Task<string?> ForVillageAsync(DbConnection c, DbTransaction? tx, string placeCode, CancellationToken ct) =>
        DivisionCode.IsWellFormed(placeCode) && DivisionCode.Level(placeCode) == 5
            ? Phrase(await shelters.UnderAsync(c, tx, placeCode, ct)) : null;

    /// <summary>A guidance line and an SMS have little room: an address longer than this is left out (the name is what
    /// villagers know), and a second shelter is named only while the phrase stays within <see cref="MaxLength"/>.</summary>
    public const int MaxAddress = 10, MaxLength = 24;

    public static string? Phrase(IReadOnlyList<Shelter> villageShelters)
    {
        var ordered = villageShelters.OrderBy(s => s.Id).Select(One).ToList();
        if (ordered.Count == 0) return null;
        var phrase = ordered[0];
        foreach (var next in ordered.Skip(1).Take(MaxNamed - 1))
            if (phrase.Length + 1 + next.Length <= MaxLength) phrase += "或" + next;
        return phrase;
    }

    private static string One(Shelter s)
    {
        var name = s.Name.EndsWith("安置点", StringComparison.Ordinal) ? s.Name : s.Name + "安置点";
        return s.Address is { Length: > 0 and <= MaxAddress } a ? $"{name}（{a}）" : name;
    }
}
