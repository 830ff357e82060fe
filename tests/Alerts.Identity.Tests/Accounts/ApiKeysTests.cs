using Alerts.Identity.Accounts;
using Alerts.Identity.Tests.Support;

namespace Alerts.Identity.Tests.Accounts;

public sealed class ApiKeysTests
{
    [Fact]
    public void AKeyHasAPublicPrefixAndOnlyItsHashIsKept()
    {
        var issued = ApiKeys.Create();

        Assert.Matches("^alk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$", issued.Key);
        Assert.Equal(issued.Prefix, ApiKeys.PrefixOf(issued.Key));
        Assert.DoesNotContain(issued.Key[13..], issued.Hash);
        Assert.True(ApiKeys.Matches(issued.Key, issued.Hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("alk_short")]
    [InlineData("xyz_AAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void MalformedKeysHaveNoPrefix(string key) => Assert.Null(ApiKeys.PrefixOf(key));

    [Fact]
    public async Task AKeyAuthenticatesUntilRevokedAndATamperedOneNever()
    {
        using var h = await IdentityHarness.StartAsync();
        var (account, key) = await h.Accounts.AddAsync("王五", AccountRoles.Official, "500112101000", Departments.Water, CancellationToken.None);
        var tampered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(account.Id, (await h.Accounts.AuthenticateAsync(key, CancellationToken.None))?.Id);
        Assert.Null(await h.Accounts.AuthenticateAsync(tampered, CancellationToken.None));
        Assert.True(await h.Accounts.RevokeAsync(account.KeyPrefix, CancellationToken.None));
        Assert.Null(await h.Accounts.AuthenticateAsync(key, CancellationToken.None));
    }
}
