using Alerts.Incidents;
using Alerts.Monitoring;
using Alerts.Monitoring.Cases;
using Alerts.Bot.Conversations;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Guidance;
using Alerts.Bot.Help;
using Alerts.Bot.Staff;
using Alerts.Bot.Queries;
using Alerts.Bot.Relief;
using Alerts.Bot.Reports;
using Alerts.Bot.Workers;
using Alerts.Channels.Messages;
using Alerts.Store.Audit;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot as the single handler of every channel's inbound messages: the dialog engine, the dialogs
    /// (enrolment, self-report, prompts), guidance, the relapse-risk assessment and the grid workers' review. The Host
    /// must provide <see cref="IActiveWarnings"/> and <see cref="IWarningDesk"/> (from Broadcast) and Monitoring's
    /// <see cref="IDutyRosters"/> (the red warning tells the town's roster); needs AddIdentity.
    /// </summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddGuidance();
        services.AddMonitoring();
        services.AddIncidents();
        foreach (var dialog in new[]
                 {
                     typeof(ChoicePrompt), typeof(NumberPrompt), typeof(TextPrompt), typeof(YesNoPrompt), typeof(PhonePrompt),
                     typeof(FlagsPrompt), typeof(CodePrompt), typeof(ReportAnswerPrompt), typeof(SummaryPrompt), typeof(EnrolmentDialog),
                     typeof(SelfReportDialog),
                 })
            services.AddSingleton(typeof(IDialog), dialog);
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<EnrolmentWriter>();
        services.AddSingleton<HouseholdStatusReader>();
        services.AddSingleton<ReportSubmission>();
        services.AddSingleton<ReportGuidance>();
        services.AddSingleton<HouseholdCard>();
        services.AddSingleton<ReliefDesk>();
        services.AddSingleton<ReviewDesk>();
        services.AddSingleton<ReviewRights>();
        // ReportReview is public (the console calls it) but built from the Bot's internal parts, so no public constructor.
        services.AddSingleton(sp => new ReportReview(sp.GetRequiredService<ReportStore>(), sp.GetRequiredService<ReviewRights>(),
            sp.GetRequiredService<CaseIntake>(), sp.GetRequiredService<AuditStore>(),
            sp.GetRequiredService<NotificationStore>(), sp.GetRequiredService<IncidentHooks>(), sp.GetRequiredService<ILogger<ReportReview>>()));
        services.AddSingleton<IncidentHooks>();
        services.AddSingleton<PersonQueries>();
        services.AddSingleton<WarningReplies>();
        services.AddSingleton<HelpResponder>();
        services.AddSingleton<CheckInDesk>();
        services.AddSingleton<UpwardDesk>();
        services.AddSingleton<ShelterCountDesk>();
        services.AddSingleton<MonitorDesk>();
        services.AddSingleton<StaffCommands>();
        services.AddSingleton<ConversationRouter>();
        services.AddSingleton<ITurnHandler, BotTurnHandler>();
        return services;
    }
}
