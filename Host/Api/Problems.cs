using Alerts.Broadcast;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>Refusals as RFC 9457 problem details: detail "中文 / English", field errors and unknown areas beside it.</summary>
internal static class Problems
{
    public static ProblemHttpResult From(Refusal refusal)
    {
        var extensions = new Dictionary<string, object?> { ["zh"] = refusal.Chinese, ["en"] = refusal.English };
        if (refusal.Errors.Count > 0) extensions["errors"] = refusal.Errors;
        if (refusal.UnknownAreas.Count > 0) extensions["unknownAreas"] = refusal.UnknownAreas;
        return TypedResults.Problem(refusal.Detail, statusCode: StatusOf(refusal.Kind), title: refusal.Title, extensions: extensions);
    }

    public static ProblemHttpResult Invalid(string chinese, string english) =>
        From(new Refusal(RefusalKind.Invalid, "Invalid request", chinese, english));

    public static ProblemHttpResult TooLarge(int max) => TypedResults.Problem(
        $"请求体超过 {max} 字节 / The body is larger than {max} bytes", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");

    private static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
