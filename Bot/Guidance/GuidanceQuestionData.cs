namespace Alerts.Bot.Guidance;

/// <summary>
/// A question villagers ask about relief ("补助啥时候到"), as written in the guidance file: the words that show it was
/// asked, and either the lines that answer it or <see cref="Forward"/>: the rules cannot answer it, a person must.
/// </summary>
internal sealed record GuidanceQuestionData
{
    public string? Id { get; init; }

    /// <summary>Why the answer says what it says (policy source); never sent.</summary>
    public string? Note { get; init; }

    /// <summary>Any one of these in the message means this question (first question in file order wins).</summary>
    public List<string>? Words { get; init; }

    public List<string>? Lines { get; init; }

    /// <summary>The grid worker answers: the question's text goes to them.</summary>
    public bool Forward { get; init; }
}
