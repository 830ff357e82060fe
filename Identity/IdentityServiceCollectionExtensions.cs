using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Alerts.Identity.Help;
using Alerts.Identity.Linking;
using Alerts.Identity.Reach;
using Alerts.Identity.Roster;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Registers who is who and who answers: API accounts and bearer API-key authentication (scheme
    /// <see cref="ApiKeyAuthentication.Scheme"/>, policy <see cref="ApiKeyAuthentication.Policy"/>), link codes for
    /// villagers, binding codes for staff, the duty roster and help requests. Needs AddStore.
    /// </summary>
    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityOptions>().Bind(configuration.GetSection(IdentityOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HelpOptions>().Bind(configuration.GetSection(HelpOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccountStore>();
        services.AddSingleton<AccountIssuer>();
        services.AddSingleton<AccountQuery>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<StaffQuery>();
        services.AddSingleton<PhoneLinking>();
        services.AddSingleton<StaffBinding>();
        services.AddSingleton<DutyRoster>();
        services.AddSingleton<HelpDesk>();
        services.AddSmsOptOuts();
        services.AddSingleton<SignIn.PasswordSignIn>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.Policy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.Scheme).RequireAuthenticatedUser());
        return services;
    }
}
