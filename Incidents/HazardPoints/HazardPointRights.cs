using Alerts.Incidents.Core;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// Who may change the register: the natural resources office keeps it (art. 20), and the emergency office, which
/// runs the night of a flood, may load it too; an admin (an official with no office) may. Grid workers read it in chat only.
/// </summary>
public static class HazardPointRights
{
    public const string NaturalResources = "natural_resources", Emergency = "emergency";

    public static IncidentRefusal? MayImport(IncidentCaller caller) =>
        caller.IsOfficial && caller.Department is null or NaturalResources or Emergency
            ? null
            : IncidentRefusal.Forbidden("只有自然资源或应急管理部门的干部可以导入隐患点",
                "Only officials of the natural resources or emergency offices may import hazard points");
}
