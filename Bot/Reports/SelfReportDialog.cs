using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;
using Alerts.Channels.Messages;
using Alerts.Monitoring.Households;
using Alerts.Store.Database;

namespace Alerts.Bot.Reports;

/// <summary>
/// A self-report (农户自主申报): each question in turn, skipping what the first message already said, then a summary
/// to confirm, then the report is filed with guidance for the reporter and a notice for the grid worker.
/// </summary>
internal sealed class SelfReportDialog(ReportSubmission submission, HouseholdProfileReader households, TimeProvider time)
    : Dialog<SelfReportState>, IReprompt
{
    public const string DialogId = "report";

    public override string Id => DialogId;

    // 3: every question is a ReportAnswerPrompt completing with ReportFacts, and the summary is a SummaryPrompt whose
    // "不对" changes one field (it was a yes/no that restarted the form); older stacks restart politely.
    public override int Version => 3;

    protected override async Task<DialogTurnResult> OnBeginAsync(DialogContext dc, SelfReportState state, JsonElement? options,
        CancellationToken ct)
    {
        state.Draft = options?.Deserialize<ReportDraft>(DialogJson.Options) ?? new ReportDraft();
        state.Step = ReportStep.Subject;
        // Only the reporter's own household has a register to read; a neighbour's is asked about when the house is gone.
        if (!state.Draft.ForNeighbour && dc.Turn.Person?.HouseholdId is { } household)
            state.SchoolAgeChild = await households.HasSchoolAgeChildAsync(dc.Turn.Connection, dc.Turn.Transaction, household,
                Today().Year, ct);
        return await NextAsync(dc, state, ct);
    }

    public void Reprompt(DialogContext dc)
    {
        if (dc.ActiveFrame.State.Deserialize<SelfReportState>(DialogJson.Options)?.Step == ReportStep.Extras)
            dc.Turn.Say(ReportQuestions.Extras);
    }

    // Only the optional location/photos step waits on the dialog itself; every other question is a prompt.
    protected override Task<DialogTurnResult> OnContinueAsync(DialogContext dc, SelfReportState state, CancellationToken ct)
    {
        var m = dc.Turn.Message;
        switch (m.Kind)
        {
            case InboundKind.Location when m.Location is { } p:
                (state.Draft.Latitude, state.Draft.Longitude) = (p.Latitude, p.Longitude);
                dc.Turn.Say("位置收到了。还可以发照片，发完回复“好了”。");
                return Task.FromResult(DialogTurnResult.Waiting);
            case InboundKind.Image when m.MediaId is { } media:
                if (state.Draft.MediaIds.Count < 9) state.Draft.MediaIds.Add(media);
                dc.Turn.Say($"收到第{state.Draft.MediaIds.Count}张照片。发完回复“好了”。");
                return Task.FromResult(DialogTurnResult.Waiting);
        }
        state.ExtrasDone = true;
        state.Step++;
        return NextAsync(dc, state, ct);
    }

    protected override Task<DialogTurnResult> OnResumeAsync(DialogContext dc, SelfReportState state, DialogTurnResult child, CancellationToken ct)
    {
        if (child.Status == DialogStatus.Cancelled) return Task.FromResult(DialogTurnResult.Cancelled);
        if (state.Step == ReportStep.Confirm && child.As<string>() != SummaryPrompt.Yes) return ReviseAsync(dc, state, child, ct);
        Apply(state, child);
        state.Step++;
        return NextAsync(dc, state, ct);
    }

    /// <summary>
    /// "不对 …" at the summary: take what the words say, ask again only the fields they name without a new value (or
    /// the one picked from a list when they name none), then show the summary again. Photos and location stay.
    /// </summary>
    private Task<DialogTurnResult> ReviseAsync(DialogContext dc, SelfReportState state, DialogTurnResult child, CancellationToken ct)
    {
        ReportStep? from;
        if (state.ChoosingField)
        {
            state.ChoosingField = false;
            from = Enum.TryParse<ReportStep>(child.As<string>(), out var picked) ? picked : null;
            if (from is { } step) ReportRevision.Clear(state, step);
        }
        else
        {
            from = ReportRevision.Apply(state, dc.Turn.Text, Today());
        }
        if (from is not { } next)
        {
            state.ChoosingField = true;
            return Task.FromResult(Prompt(ChoicePrompt.DialogId, ReportRevision.WhichField));
        }
        dc.Turn.Say(next == ReportStep.Confirm ? "好的，改过来了。" : "好的，这一项重新说一下。");
        state.Step = next;
        return NextAsync(dc, state, ct);
    }

    private async Task<DialogTurnResult> NextAsync(DialogContext dc, SelfReportState state, CancellationToken ct)
    {
        for (; state.Step < ReportStep.Done; state.Step++)
        {
            if (Ask(dc, state) is { } question) return question;
        }
        await submission.SubmitAsync(dc.Turn, state.Draft, ct);
        return DialogTurnResult.Done;
    }

    /// <summary>The question for the current step, or null when it is already answered (or does not apply).</summary>
    private static DialogTurnResult? Ask(DialogContext dc, SelfReportState s)
    {
        var d = s.Draft;
        bool Open(ReportField f) => !d.Unknown.HasFlag(f);
        return s.Step switch
        {
            ReportStep.Subject when d.ForNeighbour && d.SubjectName is null => Prompt(TextPrompt.DialogId, ReportQuestions.Subject),
            ReportStep.Hazard when d.Hazard is null => Answer(ReportQuestions.Hazard),
            ReportStep.When when d.OccurredOn is null && Open(ReportField.When) => Answer(ReportQuestions.When),
            ReportStep.People when d.Deaths is null && d.Injured is null && s.PeopleAnswer is null &&
                                   Open(ReportField.Deaths) && Open(ReportField.Injured) => Answer(ReportQuestions.People),
            ReportStep.PeopleCount when s.PeopleAnswer is "injured" or "dead" => Answer(ReportQuestions.PeopleCount(s.PeopleAnswer == "dead")),
            ReportStep.House when d.House is null && Open(ReportField.House) => Answer(ReportQuestions.House),
            ReportStep.Crops when d.Crops is null && Open(ReportField.Crops) => Answer(ReportQuestions.Crops),
            ReportStep.Livestock when d.LivestockLost is null && Open(ReportField.Livestock) => Answer(ReportQuestions.Livestock),
            ReportStep.Water when d.Water is null && Open(ReportField.Water) => Answer(ReportQuestions.Water),
            ReportStep.IncomeLost when !d.IncomeAsked && d.IncomeLostYuan is null => Answer(ReportQuestions.IncomeLost),
            ReportStep.Medical when !d.MedicalAsked && d.ExtraMedicalYuan is null && (d.Injured > 0 || d.Deaths > 0) =>
                Answer(ReportQuestions.Medical),
            ReportStep.MedicalCare when d.MedicalCareOk is null && Open(ReportField.MedicalCare) &&
                                        (d.Injured > 0 || (d.ExtraMedicalMaxYuan ?? d.ExtraMedicalYuan) > 0) =>
                Answer(ReportQuestions.MedicalCare),
            ReportStep.Living when d.FoodOk is null && d.ClothingOk is null && Open(ReportField.Food) &&
                                   (HouseGone(d) || d.Crops == CropLoss.TotalLoss) => Answer(ReportQuestions.Living),
            ReportStep.Schooling when d.SchoolingOk is null && !d.NoSchoolChild && Open(ReportField.Schooling) &&
                                      (s.SchoolAgeChild || HouseGone(d)) => Answer(ReportQuestions.Schooling),
            ReportStep.Labour when d.HasLabour is null && Open(ReportField.Labour) => Answer(ReportQuestions.Labour),
            ReportStep.Extras when !s.ExtrasDone && dc.Turn.Message.Channel == ChannelKind.WeChat => SayAndWait(dc, ReportQuestions.Extras),
            ReportStep.Confirm => Prompt(SummaryPrompt.DialogId, new PromptOptions { Text = Summary(d), RetryHint = "请回复1（对）或2（不对，要改）。" }),
            _ => null,
        };
    }

    private void Apply(SelfReportState s, DialogTurnResult child)
    {
        var d = s.Draft;
        if (s.Step == ReportStep.Subject)
        {
            d.SubjectName = child.As<string>();
            return;
        }

        if (s.Step is < ReportStep.Hazard or > ReportStep.Labour) return; // the summary's yes is not an answer

        // A skipped money question ("跳过") completes with nothing: the sum is unknown, not zero.
        var facts = child.As<ReportFacts>() ?? new ReportFacts
        {
            Unknown = s.Step == ReportStep.Medical ? ReportField.Medical : s.Step == ReportStep.IncomeLost ? ReportField.Loss : ReportField.None,
        };
        if (s.Step == ReportStep.PeopleCount && facts.Deaths is null && facts.Injured is null)
        {
            // "有人遇难", count unknown: at least one, as a range keeps its least; the count stays unknown for the visit.
            facts = s.PeopleAnswer == "dead" ? facts with { Deaths = 1 } : facts with { Injured = 1 };
        }

        ReportDrafts.Merge(d, facts, Today());
        if (s.Step == ReportStep.People)
        {
            s.PeopleAnswer = facts.CountMissing.HasFlag(ReportField.Deaths) ? "dead"
                : facts.CountMissing.HasFlag(ReportField.Injured) ? "injured" : "answered";
        }
    }

    private DateOnly Today() => BeijingTime.Today(time.GetUtcNow());

    // 两不愁三保障 matter when the home is gone (food, clothes, the children's school) or the harvest is (food).
    private static bool HouseGone(ReportDraft d) => d.House is HouseDamage.Unsafe or HouseDamage.Collapsed;

    private static string Summary(ReportDraft d) =>
        $"请核对：{(d.ForNeighbour ? $"替{d.SubjectName}家报告，" : "")}{ReportLabels.Brief(d)}" +
        (d.IncomeLostYuan is { } lost ? $"，损失{new YuanRange(lost, d.IncomeLostMaxYuan ?? lost).Describe()}" : "") + "。对吗？";

    private static DialogTurnResult Prompt(string id, PromptOptions options) => DialogTurnResult.Begin(id, options);

    private static DialogTurnResult Answer(PromptOptions question) => Prompt(ReportAnswerPrompt.DialogId, question);

    private static DialogTurnResult SayAndWait(DialogContext dc, string text)
    {
        dc.Turn.Say(text);
        return DialogTurnResult.Waiting;
    }
}
