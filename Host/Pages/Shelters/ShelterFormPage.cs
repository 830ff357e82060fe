using System.Globalization;
using Alerts.Host.Web;
using Alerts.Incidents.Core;
using Alerts.Incidents.Shelters;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Shelters;

/// <summary>
/// What /shelters/new and /shelters/{id}/edit share: the fields as typed (kept when refused), read through
/// <see cref="ShelterInput.FromText"/> — the same reading as a CSV row — and each refusal put beside its field.
/// </summary>
internal abstract class ShelterFormPage : PageModel
{
    [BindProperty] public string? VillageCode { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Capacity { get; set; }
    [BindProperty] public string? Longitude { get; set; }
    [BindProperty] public string? Latitude { get; set; }

    public FormErrors Errors { get; } = new();
    /// <summary>The villages to choose from when adding (a shelter never moves village, so none when changing).</summary>
    public IReadOnlyList<Region> Villages { get; protected set; } = [];
    /// <summary>The shelter's village, named, when changing one.</summary>
    public string? VillageName { get; protected set; }
    public abstract string SubmitLabel { get; }

    protected void Fill(Shelter s)
    {
        VillageCode = s.VillageCode;
        Name = s.Name;
        Address = s.Address;
        Capacity = s.Capacity.ToString(CultureInfo.InvariantCulture);
        Longitude = s.Longitude?.ToString(CultureInfo.InvariantCulture);
        Latitude = s.Latitude?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The input, or null with every reason beside its field.</summary>
    protected ShelterInput? Read()
    {
        var (input, refusals) = ShelterInput.FromText(VillageCode, Name, Address, Capacity, Longitude, Latitude);
        foreach (var r in refusals) Refuse(r);
        return refusals.Count == 0 ? input : null;
    }

    protected void Refuse(IncidentRefusal r)
    {
        if (FieldOf(r) is { } field) Errors.Add(field, r.Chinese);
        else Errors.Form ??= r.Chinese;
    }

    // Which field a refusal of ShelterInput or ShelterDesk is about, by the words its English starts with.
    private static string? FieldOf(IncidentRefusal r)
    {
        var e = r.English;
        bool Starts(string s) => e.StartsWith(s, StringComparison.OrdinalIgnoreCase);
        return Starts("village") || Starts("A shelter cannot move") ? "village"
            : Starts("name") || Starts("The village already has a shelter") ? "name"
            : Starts("address") ? "address"
            : Starts("capacity") ? "capacity"
            : Starts("latitude") ? "latitude"
            : Starts("longitude") || Starts("give both") || Starts("the coordinates") ? "longitude"
            : null;
    }
}
