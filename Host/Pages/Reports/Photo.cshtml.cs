using Alerts.Bot.Reports;
using Alerts.Channels.WeChat;
using Alerts.Host.Reports;
using Alerts.Identity.Accounts;
using Alerts.Store.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Reports;

/// <summary>
/// A report's photo (1-based), streamed through the Host from WeChat: never a public link, only for staff whose
/// jurisdiction covers the report, only images. Anything else is a 404, like a report that does not exist.
/// </summary>
internal sealed class PhotoModel(ReportQuery reports, WeChatMediaSource media) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string number, int index, CancellationToken ct)
    {
        if (await reports.GetAsync(number, ct) is not { } report || !ReviewRights.MaySee(User.ToAccount(), report.VillageCode))
            return NotFound();
        var ids = ReportPageReader.MediaIds(report);
        if (index < 1 || index > ids.Count) return NotFound();
        // The source checks the type (image/*) and caps the size; what it refuses is simply not shown.
        if (await media.GetAsync(ids[index - 1], ct) is not { } photo) return NotFound();
        // Personal data: the security headers already forbid caching; nosniff keeps the browser to the declared type.
        return File(photo.Bytes, photo.ContentType);
    }
}
