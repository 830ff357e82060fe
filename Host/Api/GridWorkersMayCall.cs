namespace Alerts.Host.Api;

/// <summary>
/// Endpoint metadata: a grid worker's key may call this officials' route too (the monitoring group refuses them
/// otherwise). Their jurisdiction is their village, so they still reach only its cases.
/// </summary>
internal sealed class GridWorkersMayCall
{
    public static readonly GridWorkersMayCall Instance = new();
}
