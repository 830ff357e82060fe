using Alerts.Host.Logging;

namespace Alerts.Host.Tests.Foundation;

public sealed class LogRedactorTests
{
    [Theory]
    [InlineData("sent to +8613812345678", "sent to +86138****5678")]
    [InlineData("from 13812345678 ok", "from 138****5678 ok")]
    [InlineData("openid oAbCdEfGhIjKlMnOpQrStUvWxYz1 said", "openid oAbC****xYz1 said")]
    [InlineData("village 500112101001 and id 42", "village 500112101001 and id 42")]
    [InlineData("+14155552671,+8618912345678", "+141****2671,+86189****5678")]
    [InlineData("no personal data", "no personal data")]
    public void PhonesAndOpenidsAreMaskedAndCodesAreLeftAlone(string input, string expected)
    {
        Assert.Equal(expected, LogRedactor.Redact(input));
    }
}
