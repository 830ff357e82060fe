namespace Alerts.Host.Hosting;

/// <summary>
/// A console page that answers 400, 403 or 404 without a body (an item outside the jurisdiction, a form of someone
/// else's rights) shows a short Chinese page with the way back, instead of the browser's own error screen. The API,
/// the webhooks, /health and the assets keep their own answers (problem details, or what the providers expect).
/// </summary>
internal static class ConsoleStatusPages
{
    private static readonly string[] NotConsole = ["/api", "/wechat", "/sms", "/health", "/assets", "/openapi", "/simulator/messages"];

    public static IApplicationBuilder UseConsoleStatusPages(this IApplicationBuilder app) =>
        app.UseWhen(context => !NotConsole.Any(p => context.Request.Path.StartsWithSegments(p)),
            console => console.UseStatusCodePagesWithReExecute("/status/{0}"));
}
