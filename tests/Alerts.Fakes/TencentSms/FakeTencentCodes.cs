namespace Alerts.Fakes.TencentSms;

/// <summary>
/// The error codes the fake answers with, spelled as docs/protocols/tencent-sms.md §4 lists them. The docs do not say
/// which come per number; the fake follows the doc's likely split (§2): signing, parameter and account errors in
/// Response.Error, the number's own problems (format, 免打扰名单, frequency) in its SendStatus.Code. HTTP 200 either way.
/// </summary>
public static class FakeTencentCodes
{
    public const string Ok = "Ok";

    // Common errors (API 3.0), whole request.
    public const string SignatureFailure = "AuthFailure.SignatureFailure";
    public const string SignatureExpire = "AuthFailure.SignatureExpire";
    public const string SecretIdNotFound = "AuthFailure.SecretIdNotFound";
    public const string InvalidAuthorization = "AuthFailure.InvalidAuthorization";
    public const string InvalidAction = "InvalidAction";
    public const string NoSuchVersion = "NoSuchVersion";
    public const string MissingParameter = "MissingParameter";
    public const string RequestLimitExceeded = "RequestLimitExceeded";
    public const string InternalTimeout = "InternalError.Timeout";

    // SendSms, whole request.
    public const string SdkAppIdNotExist = "InvalidParameterValue.SdkAppIdNotExist";
    public const string SignatureIncorrect = "FailedOperation.SignatureIncorrectOrUnapproved";
    public const string TemplateIncorrect = "FailedOperation.TemplateIncorrectOrUnapproved";
    public const string TemplateParamCount = "FailedOperation.TemplateParamSetNotMatchApprovedTemplate";
    public const string TemplateParameterLength = "InvalidParameterValue.TemplateParameterLengthLimit";
    public const string TemplateParameterFormat = "InvalidParameterValue.TemplateParameterFormatError";
    public const string PhoneNumberCount = "LimitExceeded.PhoneNumberCountLimit";
    public const string EmptyPhoneNumberSet = "MissingParameter.EmptyPhoneNumberSet";
    public const string ContentLengthLimit = "InvalidParameterValue.ContentLengthLimit";
    public const string UrlInTemplateParameter = "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter";
    public const string JsonParseFail = "FailedOperation.JsonParseFail";

    // SendSms, per number.
    public const string IncorrectPhoneNumber = "InvalidParameterValue.IncorrectPhoneNumber";
    public const string PhoneNumberInBlacklist = "FailedOperation.PhoneNumberInBlacklist";
    public const string ThirtySecondLimit = "LimitExceeded.PhoneNumberThirtySecondLimit";
    public const string OneHourLimit = "LimitExceeded.PhoneNumberOneHourLimit";
    public const string DailyLimit = "LimitExceeded.PhoneNumberDailyLimit";
    public const string SameContentDailyLimit = "LimitExceeded.PhoneNumberSameContentDailyLimit";
}
