using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Alerts.Fakes.Twilio;

/// <summary>The two Messages.json endpoints, answering with Twilio's JSON shapes (twilio.md §1, §6).</summary>
internal sealed class FakeTwilioMessagesApi(FakeTwilioServer server)
{
    private const string Route = "/2010-04-01/Accounts/{accountSid}/Messages.json";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, ListAsync);
    }

    private async Task CreateAsync(HttpContext context, string accountSid)
    {
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).SelectMany(f => f.Value.Select(v =>
                new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList()
            : [];
        var request = Record(context, form);
        var fault = server.NextFault();
        if (await ApplyFaultBeforeAsync(context, fault) || !await AuthoriseAsync(context, accountSid))
        {
            return;
        }

        var to = request.FormValue("To") ?? "";
        if (!IsE164(to))
        {
            await ErrorAsync(context, 400, 21211, $"The 'To' number {to} is not a valid phone number.");
            return;
        }

        if (server.IsOptedOut(to))
        {
            await ErrorAsync(context, 400, 21610, "Attempt to send to unsubscribed recipient");
            return;
        }

        var from = request.FormValue("From");
        var service = request.FormValue("MessagingServiceSid");
        if (from is null && service is null)
        {
            await ErrorAsync(context, 400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required");
            return;
        }

        var message = new FakeTwilioMessage("SM" + Guid.NewGuid().ToString("N"), to, from, service,
            request.FormValue("Body") ?? "", service is null ? "queued" : "accepted", server.Time.GetUtcNow(),
            request.FormValue("StatusCallback"));
        server.Add(message);

        if (fault?.Kind == FakeTwilioFaultKind.DropConnectionAfterAccepting)
        {
            context.Abort();
            return;
        }

        if (fault?.Kind == FakeTwilioFaultKind.ServerErrorAfterAccepting)
        {
            await ErrorAsync(context, 500, 20500, "Internal Server Error");
            return;
        }

        context.Response.StatusCode = 201;
        await WriteJsonAsync(context, ToJson(message));
    }

    private async Task ListAsync(HttpContext context, string accountSid)
    {
        Record(context, []);
        if (await ApplyFaultBeforeAsync(context, server.NextFault()) || !await AuthoriseAsync(context, accountSid))
        {
            return;
        }

        var query = context.Request.Query;
        string? to = query["To"];
        DateTimeOffset? sentFrom = DateTimeOffset.TryParseExact((string?)query["DateSent>"], "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day) ? day : null;
        var pageSize = int.TryParse(query["PageSize"], out var size) ? Math.Clamp(size, 1, 1000) : 50;

        var page = server.Messages
            .Where(m => to is null || m.To == to)
            .Where(m => sentFrom is null || m.CreatedUtc >= sentFrom)
            .OrderByDescending(m => m.CreatedUtc)
            .Take(pageSize)
            .Select(m => (JsonNode)ToJson(m))
            .ToArray();
        await WriteJsonAsync(context, new JsonObject
        {
            ["messages"] = new JsonArray(page), ["next_page_uri"] = null, ["page_size"] = pageSize, ["page"] = 0,
        });
    }

    private FakeTwilioRequest Record(HttpContext context, IReadOnlyList<KeyValuePair<string, string>> form)
    {
        var request = new FakeTwilioRequest(context.Request.Method, context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "", form, context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType);
        server.Record(request);
        return request;
    }

    /// <summary>Returns true when the fault has answered (or killed) the request.</summary>
    private static async Task<bool> ApplyFaultBeforeAsync(HttpContext context, FakeTwilioFault? fault)
    {
        switch (fault?.Kind)
        {
            case FakeTwilioFaultKind.Delay:
                await Task.Delay(fault.Delay ?? TimeSpan.Zero, context.RequestAborted);
                return false;
            case FakeTwilioFaultKind.DropConnection:
                context.Abort();
                return true;
            case FakeTwilioFaultKind.ServerError:
                await ErrorAsync(context, 500, 20500, "Internal Server Error");
                return true;
            case FakeTwilioFaultKind.TooManyRequests:
                if (fault.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter =
                        ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await ErrorAsync(context, 429, 20429, "Too Many Requests");
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> AuthoriseAsync(HttpContext context, string accountSid)
    {
        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.AccountSid}:{server.AuthToken}"));
        var ok = AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            && header.Scheme == "Basic" && header.Parameter == expected && accountSid == server.AccountSid;
        if (!ok)
        {
            await ErrorAsync(context, 401, 20003, "Authenticate");
        }

        return ok;
    }

    private static Task ErrorAsync(HttpContext context, int status, int code, string message)
    {
        context.Response.StatusCode = status;
        return WriteJsonAsync(context, new JsonObject
        {
            ["code"] = code, ["message"] = message, ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
            ["status"] = status,
        });
    }

    private static Task WriteJsonAsync(HttpContext context, JsonObject json)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json.ToJsonString());
    }

    private JsonObject ToJson(FakeTwilioMessage m)
    {
        var date = m.CreatedUtc.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["sid"] = m.Sid, ["account_sid"] = server.AccountSid, ["messaging_service_sid"] = m.MessagingServiceSid,
            ["from"] = m.From, ["to"] = m.To, ["body"] = m.Body, ["status"] = m.Status,
            ["direction"] = "outbound-api", ["num_segments"] = m.MessagingServiceSid is null ? "1" : "0",
            ["num_media"] = "0", ["price"] = null, ["price_unit"] = "USD", ["error_code"] = null,
            // Real Twilio leaves date_sent null until the carrier takes the message; the fake pretends it was
            // immediate so DateSent filters find it (see twilio.md §1 on reconciliation).
            ["error_message"] = null, ["date_created"] = date, ["date_updated"] = date, ["date_sent"] = date,
            ["api_version"] = "2010-04-01",
            ["uri"] = $"/2010-04-01/Accounts/{server.AccountSid}/Messages/{m.Sid}.json",
        };
    }

    private static bool IsE164(string value) =>
        value.Length is >= 3 and <= 16 && value[0] == '+' && value[1] is >= '1' and <= '9'
        && value.Skip(1).All(char.IsAsciiDigit);
}
