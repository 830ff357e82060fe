namespace Alerts.Host.Web;

/// <summary>
/// One page of a list: which page (from 1), how many rows a page holds, and how many rows there are in all. Pages past
/// the end are clamped, so an old link never shows an empty page with "page 7 of 3".
/// </summary>
internal sealed record Paging(int Page, int PageSize, long Total)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public int Pages => Math.Max(1, (int)((Total + PageSize - 1) / PageSize));
    public int Offset => (Page - 1) * PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;

    /// <summary>The page asked for, within 1..MaxSize rows and 1..the last page.</summary>
    public static Paging Of(int? page, int? size, long total)
    {
        var pageSize = Math.Clamp(size ?? DefaultSize, 1, MaxSize);
        var paging = new Paging(1, pageSize, total);
        return paging with { Page = Math.Clamp(page ?? 1, 1, paging.Pages) };
    }
}
