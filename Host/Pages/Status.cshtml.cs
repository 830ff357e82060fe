using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages;

/// <summary>What a console page's bare status code means, in Chinese (see Hosting/ConsoleStatusPages).</summary>
[AllowAnonymous]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Text) = code switch
        {
            404 => ("没有找到", "要找的内容不存在，或者不在您的辖区内。"),
            403 => ("没有权限", "您的账号不能做这件事。如需开通，请找本辖区管理员。"),
            400 => ("请求有误", "提交的内容不完整或已过期，请返回刷新后再试。"),
            _ => ("出了点问题", "请稍后再试；一直不行请联系管理员。"),
        };
    }
}
