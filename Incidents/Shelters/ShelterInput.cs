using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Store.Regions;

namespace Alerts.Incidents.Shelters;

/// <summary>
/// A shelter as an official writes it (form, JSON or one CSV row). <see cref="Check"/> is the one validation all three use:
/// a 12-digit village code, a name of 1–30 characters, an address of at most 60, a capacity of 1–100000, and both or
/// neither of longitude and latitude, inside China's box.
/// </summary>
public sealed record ShelterInput(string? VillageCode, string? Name, string? Address, int? Capacity, double? Longitude, double? Latitude)
{
    public const int MaxName = 30, MaxAddress = 60, MaxCapacity = 100_000;

    /// <summary>
    /// A shelter from text, as a CSV row or a form gives it, with every reason it is refused (empty when good). A capacity
    /// that is no number counts as missing (<see cref="Check"/> says why); a coordinate that is no number is refused here,
    /// since reading it as "none" would drop it silently.
    /// </summary>
    public static (ShelterInput Input, IReadOnlyList<IncidentRefusal> Errors) FromText(string? village, string? name, string? address,
        string? capacity, string? longitude, string? latitude)
    {
        var errors = new List<IncidentRefusal>();
        int? cap = int.TryParse(capacity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
        var lon = Coordinate(longitude, "经度", "longitude", errors);
        var lat = Coordinate(latitude, "纬度", "latitude", errors);
        var input = new ShelterInput(village, name, address, cap, lon, lat).Trimmed();
        errors.AddRange(input.Check());
        return (input, errors);
    }

    private static double? Coordinate(string? text, string chinese, string english, List<IncidentRefusal> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors.Add(IncidentRefusal.Invalid($"{chinese}须为数字（如 106.51）", $"{english} must be a number (e.g. 106.51)"));
        return null;
    }

    /// <summary>The input trimmed (empty address to null).</summary>
    public ShelterInput Trimmed() => this with
    {
        VillageCode = VillageCode?.Trim(), Name = Name?.Trim(), Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim(),
    };

    /// <summary>Every reason the input is refused (empty when it is good), Chinese with English.</summary>
    public IReadOnlyList<IncidentRefusal> Check()
    {
        var errors = new List<IncidentRefusal>();
        if (!DivisionCode.IsWellFormed(VillageCode) || DivisionCode.Level(VillageCode!) != 5)
            errors.Add(IncidentRefusal.Invalid("村代码须为 12 位村级区划代码", "village must be a 12-digit village code"));
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxName)
            errors.Add(IncidentRefusal.Invalid($"名称不能为空，不超过 {MaxName} 字", $"name must have 1 to {MaxName} characters"));
        if (Address is { Length: > MaxAddress })
            errors.Add(IncidentRefusal.Invalid($"地址不超过 {MaxAddress} 字", $"address is longer than {MaxAddress} characters"));
        if (Capacity is null or < 1 or > MaxCapacity)
            errors.Add(IncidentRefusal.Invalid($"容量须为 1 到 {MaxCapacity} 之间的人数", $"capacity must be a number of people from 1 to {MaxCapacity}"));
        if ((Longitude is null) != (Latitude is null))
            errors.Add(IncidentRefusal.Invalid("经度和纬度要么都填，要么都不填", "give both longitude and latitude, or neither"));
        else if (Longitude is { } lon && Latitude is { } lat && (lon is < 73 or > 136 || lat is < 3 or > 54))
            errors.Add(IncidentRefusal.Invalid("经纬度不在中国境内，请检查（经度在前）", "the coordinates are not in China (longitude first)"));
        return errors;
    }
}
