using Alerts.Host.Incidents;
using Alerts.Host.Monitoring;
using Alerts.Host.Cli;
using Alerts.Host.Conversations;
using Alerts.Host.Health;
using Alerts.Host.Help;
using Alerts.Host.SignIn;
using Alerts.Host.Hosting;
using Alerts.Host.Inbound;
using Alerts.Host.Logging;
using Alerts.Host.Reports;
using Alerts.Host.Simulator;
using Alerts.Bot;
using Alerts.Broadcast;
using Alerts.Identity;
using Alerts.Host.Api;
using Alerts.Broadcast.Dispatch;
using Alerts.Store;

if (CliVerbs.IsVerb(args)) return await CliVerbs.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseDefaultUrlUnlessConfigured(builder.Configuration);
builder.Logging.AddAlertsLogging();

// Records: SQLite, or PostgreSQL shared by several Hosts; migrated (and the demo county loaded on an empty database)
// before the server listens. Each Host beats on the database and takes its share of the providers' send rates.
builder.Services.AddStore(builder.Configuration);
builder.Services.AddHostedService<HostHeartbeat>();
// Who is who and who answers: API keys, link codes, staff binding, the duty roster; help requests and their escalation.
builder.Services.AddIdentity(builder.Configuration);
builder.Services.AddHostedService<HelpEscalationWorker>();
// Monitoring (防止返贫监测): household records, assessment, cases from clue to exit, measures, check-ins.
builder.Services.AddMonitoringHost();
// Incidents (灾情/险情): reports, help and 险情通报 grouped by town and hazard, graded, reported up within the hour.
builder.Services.AddIncidentsHost();
// Conversations: every channel hands its inbound messages to the bot.
builder.Services.AddBot(builder.Configuration);
builder.Services.AddBotPorts();
// Channels: WeChat and Twilio webhooks and senders (the simulator without credentials), one inbound pipeline.
builder.Services.AddMessaging(builder.Configuration);
// Warnings: drafting, approval, targeting into the delivery outbox, CAP 1.2.
builder.Services.AddBroadcast(builder.Configuration);
// Warnings out: dispatch workers lease outbox rows and send each once, WeChat template or SMS, within rate limits.
builder.Services.AddBroadcastDispatch(builder.Configuration);
// Operations: /health reports the database and its schema version.
builder.Services.AddAlertsHealthChecks();
// Officials' console: Razor Pages in Chinese, closed by default behind cookie sign-in (the demo prints its admin).
builder.Services.AddRazorPages();
builder.Services.AddChineseHtmlEncoding();
builder.Services.AddConsoleSignIn();
builder.Services.AddConsoleReports();
builder.Services.AddHostedService<DemoSignIn>();
// The API's description at /openapi/v1.json, readable without signing in (it holds no data).
builder.Services.AddOfficialsOpenApi();

var app = builder.Build();
// Every response: CSP, nosniff, no framing, no caching of personal data; a console page's bare 403/404 explained in
// Chinese. The simulator only where nothing is live.
app.UseSecurityHeaders();
app.UseConsoleStatusPages();
app.UseRouting(); // after the status pages, so that their re-executed request is routed again
app.UseSimulatorGate();
app.UseConsoleSignIn();
// Open to anyone: health, the providers' webhooks (checked by signature), the console's assets and sign-in page.
var open = app.MapGroup("").AllowAnonymous();
open.MapAlertsHealth();
open.MapWebhooks();
open.MapConsoleAssets();
open.MapOpenApi();
// Simulator: chat as any person through the inbound pipeline; replies are recorded as 'simulated', never sent.
app.MapSimulator();
// Officials' API: /api/warnings, bearer API keys.
app.MapWarningsApi();
// Monitoring cases: list (JSON or CSV), enrol or decline.
app.MapMonitoringApi();
app.MapIncidentsApi();
app.MapSheltersApi();
app.MapHazardPointsApi();
// Help requests: list those under the caller's jurisdiction, mark one handled.
app.MapHelpRequestsApi();
app.MapRazorPages();
// Serve until stopped; a database that cannot be opened or migrated ends start-up with its reason and exit code 1.
return await app.ServeUntilStoppedAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
