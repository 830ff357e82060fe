namespace Alerts.Monitoring.Households;

/// <summary>The facts <see cref="HouseholdSize"/> counts from (its <c>Columns</c>), and the size they give.</summary>
internal sealed record HouseholdSizeFacts
{
    /// <summary>Register members who actually live in the household (共同生活).</summary>
    public int LivingMembers { get; init; }

    /// <summary>Everyone the register lists, living here or not.</summary>
    public int RegisterRows { get; init; }

    /// <summary>People enrolled in the household through the bot or the seed.</summary>
    public int EnrolledPeople { get; init; }

    public int Size => HouseholdSize.Of(LivingMembers, RegisterRows, EnrolledPeople);
}
