using System.Diagnostics.CodeAnalysis;

namespace Alerts.Broadcast;

/// <summary>A value, or the refusal that stands in for it.</summary>
public readonly record struct Outcome<T>(T? Value, Refusal? Refusal)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
