using System.Globalization;
using System.Security.Claims;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// 灾情统计: one Beijing day's statistics per town and county total under the caller's jurisdiction, as JSON or CSV
/// (format=csv; columns in StatisticsCsv.Headers' order).
/// </summary>
internal static class IncidentStatisticsEndpoints
{
    public static RouteGroupBuilder MapIncidentStatistics(this RouteGroupBuilder group)
    {
        group.MapGet("/statistics", GetAsync);
        return group;
    }

    private static async Task<Results<Ok<DailyStatistics>, FileContentHttpResult, ProblemHttpResult>> GetAsync(string? date,
        string? format, ClaimsPrincipal user, StatisticsReader reader, TimeProvider time, CancellationToken ct)
    {
        if (format is not null and not ("json" or "csv")) return Problems.Invalid("format 须为 json 或 csv", "format must be json or csv");
        if (ParseDate(date, time) is not { } day)
            return Problems.Invalid("date 须为日期，如 2026-11-29", "date must be a date such as 2026-11-29");
        var statistics = await reader.ForAsync(user.ToAccount().RegionCode, day, ct);
        if (format != "csv") return TypedResults.Ok(statistics);
        return TypedResults.File(StatisticsCsv.Write(statistics), "text/csv; charset=utf-8",
            $"statistics-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>yyyy-MM-dd; none means today in Beijing. Shared with the console page.</summary>
    internal static DateOnly? ParseDate(string? date, TimeProvider time) =>
        string.IsNullOrWhiteSpace(date) ? Alerts.Store.Database.BeijingTime.Today(time.GetUtcNow())
        : DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
