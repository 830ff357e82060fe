using Microsoft.AspNetCore.Http;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>Steps for a <see cref="ScriptedServer"/> script.</summary>
internal static class Reply
{
    public static Func<HttpContext, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsync($"status {status}");
    };

    public static Func<HttpContext, Task> RetryAfter(int status, TimeSpan delta) => context =>
    {
        context.Response.Headers.RetryAfter = ((int)delta.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Status(status)(context);
    };

    /// <summary>Answers late; stops early, quietly, when the client gives up first.</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay, int status = 200) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
            await Status(status)(context);
        }
        catch (OperationCanceledException)
        {
        }
    };

    /// <summary>Drops the connection after reading the request: the ambiguous "did it send?" case.</summary>
    public static Func<HttpContext, Task> Abort() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };
}
