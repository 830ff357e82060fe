namespace Alerts.Bot.Language;

/// <summary>A table phrase found in a clause, and whether a negator just before it denies it.</summary>
internal readonly record struct PhraseMatch<T>(string Word, T Value, int Index, bool Negated)
{
    public int End => Index + Word.Length;
}
