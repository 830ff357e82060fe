namespace Alerts.Monitoring.Households;

/// <summary>
/// How many people a household counts as, in one place. Policy 003: members follow the 户籍 register, but where someone
/// is registered and lives elsewhere (户在人不在) or lives there unregistered (人在户不在), actual common living decides,
/// so the size is the register's members who live here. A household nobody imported a register for falls back to the
/// people enrolled in it (at least the one who enrolled).
/// </summary>
internal static class HouseholdSize
{
    /// <summary>SQL columns for a household aliased <c>h</c>: living_members, register_rows, enrolled_people.</summary>
    public const string Columns = """
        (SELECT COUNT(*) FROM household_members m WHERE m.household_id = h.id AND m.lives_here = 1) AS living_members,
        (SELECT COUNT(*) FROM household_members m WHERE m.household_id = h.id) AS register_rows,
        (SELECT COUNT(*) FROM people p WHERE p.household_id = h.id) AS enrolled_people
        """;

    /// <summary>The size the policy counts, from the three facts <see cref="Columns"/> reads.</summary>
    public static int Of(int livingMembers, int registerRows, int enrolledPeople) =>
        registerRows > 0 ? livingMembers : Math.Max(1, enrolledPeople);
}
