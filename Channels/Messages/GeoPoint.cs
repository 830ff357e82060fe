namespace Alerts.Channels.Messages;

public sealed record GeoPoint(double Latitude, double Longitude, string? Label = null);
