namespace Alerts.Identity.Accounts;

/// <summary>The offices an official may belong to (the values of <c>accounts.department</c>).</summary>
public static class Departments
{
    public const string Emergency = "emergency";
    public const string NaturalResources = "natural_resources";
    public const string Water = "water";
    public const string Weather = "weather";
    public const string Rural = "rural";
    public const string Civil = "civil";

    public static readonly string[] All = [Emergency, NaturalResources, Water, Weather, Rural, Civil];
}
