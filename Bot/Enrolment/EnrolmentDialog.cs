using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Channels.Messages;
using Alerts.Store.Regions;

namespace Alerts.Bot.Enrolment;

/// <summary>
/// Enrolment of someone we do not know (or who has not consented yet): the privacy notice and consent, then the
/// household — by the village of the QR code they scanned, by a phone number the village already registered, or by
/// choosing town and village — then name and priority groups. Nothing is stored before consent.
/// </summary>
internal sealed class EnrolmentDialog(RegionStore regions, EnrolmentWriter writer) : Dialog<EnrolmentState>
{
    public const string DialogId = "enrolment";

    public override string Id => DialogId;

    protected override Task<DialogTurnResult> OnBeginAsync(DialogContext dc, EnrolmentState state, JsonElement? options, CancellationToken ct)
    {
        var start = options?.Deserialize<EnrolmentStart>(DialogJson.Options);
        (state.QrVillageCode, state.FirstText) = (start?.QrVillageCode, start?.FirstText);
        state.Step = EnrolmentStep.Consent;
        return Task.FromResult(Prompt(YesNoPrompt.DialogId, dc.Turn.IsSms ? EnrolmentTexts.PrivacySms : EnrolmentTexts.Privacy));
    }

    protected override Task<DialogTurnResult> OnContinueAsync(DialogContext dc, EnrolmentState state, CancellationToken ct) =>
        Task.FromResult(DialogTurnResult.Waiting);

    protected override async Task<DialogTurnResult> OnResumeAsync(DialogContext dc, EnrolmentState state, DialogTurnResult child, CancellationToken ct)
    {
        if (child.Status == DialogStatus.Cancelled) return DialogTurnResult.Cancelled;
        switch (state.Step)
        {
            case EnrolmentStep.Consent when child.As<bool?>() != true:
                dc.Turn.Say(EnrolmentTexts.Declined);
                return DialogTurnResult.Cancelled;
            case EnrolmentStep.Consent when dc.Turn.Person is { } known:
                await writer.ConsentAsync(dc.Turn, known, ct);
                return Enrolled(state);
            case EnrolmentStep.Consent:
                return await AfterConsentAsync(dc, state, ct);
            case EnrolmentStep.Phone when child.As<string>() is { } phone:
                state.Phone = phone;
                if (await writer.RequestCodeAsync(dc.Turn, phone, ct)) return AskCode(state, EnrolmentTexts.AskCode);
                state.Phone = null;
                return await AskVillageAsync(dc, state, ct);
            case EnrolmentStep.Phone:
                return await AskVillageAsync(dc, state, ct);
            case EnrolmentStep.Code when child.As<string>() is { } code:
                return await CheckCodeAsync(dc, state, code, ct);
            case EnrolmentStep.Code:
                // Skipped: a new registration; the grid worker reconciles it with the register on the visit.
                state.Phone = null;
                return await AskVillageAsync(dc, state, ct);
            case EnrolmentStep.ConfirmVillage when child.As<bool?>() == true:
                state.VillageCode = state.QrVillageCode;
                return Ask(state, EnrolmentStep.Name, TextPrompt.DialogId, EnrolmentTexts.AskName);
            case EnrolmentStep.ConfirmVillage:
                return await AskTownAsync(state, ct);
            case EnrolmentStep.Town:
                state.TownCode = child.As<string>();
                // "竹塘镇石坪村": the village named with the town is not asked again.
                state.VillageCode = await VillageNamedAsync(dc.Turn.Text, state.TownCode!, ct);
                return state.VillageCode is null
                    ? await AskVillageListAsync(state, ct)
                    : Ask(state, EnrolmentStep.Name, TextPrompt.DialogId, EnrolmentTexts.AskName);
            case EnrolmentStep.Village:
                state.VillageCode = child.As<string>();
                return Ask(state, EnrolmentStep.Name, TextPrompt.DialogId, EnrolmentTexts.AskName);
            case EnrolmentStep.Name when PriorityFlagWords.Find(state.FirstText) is { } said:
                // The first message already said it ("我一个人住，七十多了"): not asked again.
                state.Name = child.As<string>();
                await writer.RegisterAsync(dc.Turn, state, said, ct);
                return Enrolled(state);
            case EnrolmentStep.Name:
                state.Name = child.As<string>();
                return Ask(state, EnrolmentStep.Flags, FlagsPrompt.DialogId, EnrolmentTexts.AskFlags);
            default:
                await writer.RegisterAsync(dc.Turn, state, child.As<PriorityFlags>() ?? new PriorityFlags(false, false, false), ct);
                return Enrolled(state);
        }
    }

    /// <summary>What enrolment in progress on this stack has gathered so far (for a call for help mid-enrolment).</summary>
    public static EnrolmentState? Progress(DialogContext dc)
    {
        var frame = dc.Stack.LastOrDefault(f => f.DialogId == DialogId);
        return frame is null || frame.State.ValueKind != JsonValueKind.Object ? null : frame.State.Deserialize<EnrolmentState>(DialogJson.Options);
    }

    private async Task<DialogTurnResult> CheckCodeAsync(DialogContext dc, EnrolmentState state, string code, CancellationToken ct)
    {
        var check = await writer.CheckCodeAsync(dc.Turn, code, ct);
        switch (check.Outcome)
        {
            case Identity.Linking.LinkCheckOutcome.Linked:
                return Enrolled(state);
            case Identity.Linking.LinkCheckOutcome.Wrong:
                return AskCode(state, EnrolmentTexts.WrongCode(check.TriesLeft));
            case Identity.Linking.LinkCheckOutcome.Expired:
                return Ask(state, EnrolmentStep.Phone, PhonePrompt.DialogId, EnrolmentTexts.CodeExpired, allowSkip: true);
            default:
                dc.Turn.Say(EnrolmentTexts.CodeLocked);
                state.Phone = null;
                return await AskVillageAsync(dc, state, ct);
        }
    }

    private static DialogTurnResult AskCode(EnrolmentState state, string text)
    {
        state.Step = EnrolmentStep.Code;
        return DialogTurnResult.Begin(CodePrompt.DialogId, new PromptOptions { Text = text, AllowSkip = true, RetryHint = EnrolmentTexts.CodeHint });
    }

    /// <summary>Completes with the first message, so the router can go on to the report it may describe.</summary>
    private static DialogTurnResult Enrolled(EnrolmentState state) => DialogTurnResult.Complete(state.FirstText ?? "");

    private async Task<DialogTurnResult> AfterConsentAsync(DialogContext dc, EnrolmentState state, CancellationToken ct)
    {
        // SMS: the number is the address, and it matched no one. WeChat: ask for it, it may match a registered person.
        if (dc.Turn.Message.Channel == ChannelKind.Sms)
        {
            state.Phone = dc.Turn.Message.Address;
            return await AskVillageAsync(dc, state, ct);
        }
        return Ask(state, EnrolmentStep.Phone, PhonePrompt.DialogId, EnrolmentTexts.AskPhone, allowSkip: true);
    }

    private async Task<DialogTurnResult> AskVillageAsync(DialogContext dc, EnrolmentState state, CancellationToken ct)
    {
        if (state.QrVillageCode is { } code && await regions.GetAsync(code, ct) is { Level: 5 } village &&
            await regions.GetAsync(DivisionCode.Parent(code)!, ct) is { } town)
            return Ask(state, EnrolmentStep.ConfirmVillage, YesNoPrompt.DialogId, $"您是{town.Name}{village.Name}的吗？");
        return await AskTownAsync(state, ct);
    }

    private async Task<DialogTurnResult> AskTownAsync(EnrolmentState state, CancellationToken ct)
    {
        var towns = await regions.AtLevelAsync(4, ct);
        return Ask(state, EnrolmentStep.Town, ChoicePrompt.DialogId, EnrolmentTexts.AskTown, Choices(towns));
    }

    private async Task<DialogTurnResult> AskVillageListAsync(EnrolmentState state, CancellationToken ct)
    {
        var villages = await regions.ChildrenAsync(state.TownCode!, ct);
        return Ask(state, EnrolmentStep.Village, ChoicePrompt.DialogId, EnrolmentTexts.AskVillage, Choices(villages));
    }

    private async Task<string?> VillageNamedAsync(string text, string townCode, CancellationToken ct)
    {
        var villages = await regions.ChildrenAsync(townCode, ct);
        return villages.FirstOrDefault(v => text.Contains(v.Name, StringComparison.Ordinal) ||
                                            v.Name.TrimEnd('村') is { Length: >= 2 } bare && text.Contains(bare + "村", StringComparison.Ordinal))?.Code;
    }

    private static IReadOnlyList<Choice> Choices(IReadOnlyList<Region> places) =>
        places.Select(p => new Choice(p.Code, p.Name, [p.Name, p.Name.TrimEnd('镇', '村', '乡')])).ToList();

    private static DialogTurnResult Prompt(string id, string text) =>
        DialogTurnResult.Begin(id, new PromptOptions { Text = text, RetryHint = EnrolmentTexts.Retry });

    private static DialogTurnResult Ask(EnrolmentState state, EnrolmentStep step, string promptId, string text,
        IReadOnlyList<Choice>? choices = null, bool allowSkip = false)
    {
        state.Step = step;
        return DialogTurnResult.Begin(promptId, new PromptOptions
        {
            Text = text, Choices = choices ?? [], AllowSkip = allowSkip, RetryHint = choices is null ? null : EnrolmentTexts.Retry,
        });
    }
}
