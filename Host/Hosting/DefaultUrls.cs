namespace Alerts.Host.Hosting;

internal static class DefaultUrls
{
    public const string Default = "http://localhost:5080";

    /// <summary>
    /// Serves on http://localhost:5080 unless ASPNETCORE_URLS, --urls or a Kestrel endpoint says otherwise.
    /// Done in code rather than launchSettings.json so `dotnet run` and the published binary behave alike.
    /// </summary>
    public static IWebHostBuilder UseDefaultUrlUnlessConfigured(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var configured = !string.IsNullOrWhiteSpace(configuration["urls"]) ||
                         !string.IsNullOrWhiteSpace(configuration["http_ports"]) ||
                         configuration.GetSection("Kestrel:Endpoints").Exists();
        return configured ? webHost : webHost.UseUrls(Default);
    }
}
