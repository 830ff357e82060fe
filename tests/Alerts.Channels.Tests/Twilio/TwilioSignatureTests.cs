using Alerts.Channels.Twilio;

namespace Alerts.Channels.Tests.Twilio;

/// <summary>
/// Our webhooks' use of Twilio's RequestValidator. Vectors: Twilio's documented example (twilio-php "Validate Incoming
/// Requests" docs and twilio-csharp test/Twilio.Test/Security/RequestValidatorTest.cs: auth token 12345, Caller/From
/// +14158675309 → RSOYDt4T1cUTdK1PDd93/VVr8B8=, plus its port vectors). The +12349013030 variant quoted in our brief
/// gives 0/KCTR6DLpKmkAf8muzZqo1nDgQ= under the same algorithm (checked independently with Python's hmac). The
/// JSON-body (bodySHA256) variant is the library's own and unused by our form webhooks, so it is not tested here.
/// </summary>
public sealed class TwilioSignatureTests
{
    private const string Token = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static KeyValuePair<string, string>[] Form(string caller) =>
    [
        // Intentionally out of order: the signature sorts them.
        new("From", caller), new("CallSid", "CA1234567890ABCDE"), new("To", "+18005551212"),
        new("Digits", "1234"), new("Caller", caller),
    ];

    [Theory]
    [InlineData(Url, "+14158675309", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData(Url, "+12349013030", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "+14158675309", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "+14158675309", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    public void TwilioDocumentedVectorsAreValid(string url, string caller, string signature) =>
        Assert.True(TwilioSignature.IsValid(Token, url, Form(caller), signature));

    [Theory]
    // As given.
    [InlineData(Url, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    // Signed with :443 but we were given the URL without a port, and the reverse.
    [InlineData(Url, "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    // Host case and credentials are kept exactly as configured.
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "PCqOZm8cnu/L6+u5i5fuEd+Iac4=")]
    [InlineData("http://MyCompany.com/myapp.php?foo=1&bar=2", "XY7AlKOKL6im4yWyX84gldUrtis=")]
    [InlineData("http://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "PJ08CxXr7KLPjEQCTc8LkUSMwSM=")]
    [InlineData("http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2", "SkTSKyDJH9kUlhItI0slbgZ1UsI=")]
    public void ValidAcceptsTheUrlOrItsPortVariant(string url, string signature) =>
        Assert.True(TwilioSignature.IsValid(Token, url, Form("+14158675309"), signature));

    [Theory]
    [InlineData(Url, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData(Url, "")]
    [InlineData(Url, null)]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=3", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2/", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    public void InvalidRejectsWrongSignaturesAndChangedUrls(string url, string? signature) =>
        Assert.False(TwilioSignature.IsValid(Token, url, Form("+14158675309"), signature));

    [Fact]
    public void AnyChangedFormValueBreaksTheSignature()
    {
        var form = Form("+14158675309");
        form[2] = new("To", "+18005551213");
        Assert.False(TwilioSignature.IsValid(Token, Url, form, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void AWrongAuthTokenFails() =>
        Assert.False(TwilioSignature.IsValid("54321", Url, Form("+14158675309"), "RSOYDt4T1cUTdK1PDd93/VVr8B8="));

    [Fact]
    public void AMissingHeaderOrTokenFails()
    {
        Assert.False(TwilioSignature.IsValid(Token, Url, Form("+14158675309"), null));
        Assert.False(TwilioSignature.IsValid("", Url, Form("+14158675309"), "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void AnAddedOrRemovedParameterBreaksTheSignature()
    {
        var form = Form("+14158675309");
        Assert.False(TwilioSignature.IsValid(Token, Url, [.. form, new("Extra", "")], "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioSignature.IsValid(Token, Url, form[1..], "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void KeysSortOrdinallySoUpperCaseComesFirst() =>
        // Ordinal: "To" < "body"; a culture-aware sort would put "body" first.
        Assert.True(TwilioSignature.IsValid(Token, "https://x.test/a", [new("body", "2"), new("To", "1")],
            Manual("https://x.test/aTo1body2")));

    [Fact]
    public void DecodedValuesAreSignedSoSpacesAndPlusSignsStayAsTyped() =>
        Assert.True(TwilioSignature.IsValid(Token, "https://x.test/a", [new("Body", "hi there +1"), new("E", "")],
            Manual("https://x.test/aBodyhi there +1E")));

    [Fact]
    public void ARepeatedKeyIsSignedAsTwilioCsharpReadsIt()
    {
        // twilio-csharp's NameValueCollection overload: one key, values joined by commas in arrival order.
        var form = new KeyValuePair<string, string>[] { new("MediaUrl", "b"), new("A", "1"), new("MediaUrl", "a") };
        Assert.True(TwilioSignature.IsValid(Token, "https://x.test/a", form, Manual("https://x.test/aA1MediaUrlb,a")));
    }

    /// <summary>Twilio's algorithm by hand, for cases the documented vectors do not cover.</summary>
    private static string Manual(string signedData) => Convert.ToBase64String(
        System.Security.Cryptography.HMACSHA1.HashData("12345"u8, System.Text.Encoding.UTF8.GetBytes(signedData)));
}
