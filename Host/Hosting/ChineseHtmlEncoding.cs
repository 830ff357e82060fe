using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Alerts.Host.Hosting;

internal static class ChineseHtmlEncoding
{
    /// <summary>Razor leaves Chinese as characters instead of &amp;#x…; entities: pages stay small and readable.</summary>
    public static IServiceCollection AddChineseHtmlEncoding(this IServiceCollection services) =>
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
}
