using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Alerts.Host.Web;

/// <summary>
/// <c>&lt;field-error for="headline" errors="Model.Errors" /&gt;</c>: the reason a field was refused, right beside it,
/// with the id its input names in <c>aria-describedby</c> (see <see cref="FormErrors.DescribedBy"/>). Nothing when the
/// field is fine.
/// </summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string For { get; set; } = "";
    public FormErrors? Errors { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Errors?.For(For) is not { } message)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", FormErrors.IdOf(For));
        output.Content.SetContent(message);
    }
}
