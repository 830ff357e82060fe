namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// Groups valid rows into households by (村代码, 户编号): exactly one 户主 row, whose household columns stand for the
/// household; another row may repeat a household column but not contradict it.
/// </summary>
internal static class RegisterGrouper
{
    public const int MaxMembers = 50;

    public static List<RegisterHousehold> Group(IEnumerable<RegisterRow> rows, List<RegisterError> errors)
    {
        var groups = new Dictionary<(string, string), List<RegisterRow>>();
        foreach (var row in rows)
        {
            if (!groups.TryGetValue((row.VillageCode, row.RegisterNo), out var list))
                groups[(row.VillageCode, row.RegisterNo)] = list = [];
            list.Add(row);
        }
        var households = new List<RegisterHousehold>(groups.Count);
        foreach (var list in groups.Values)
            if (Build(list, errors) is { } household) households.Add(household);
        return households;
    }

    private static RegisterHousehold? Build(List<RegisterRow> rows, List<RegisterError> errors)
    {
        var heads = rows.Where(r => r.IsHead).ToList();
        if (heads.Count == 0)
        {
            errors.Add(new RegisterError(rows[0].Row, RegisterColumns.Relation, $"户编号 {rows[0].RegisterNo} 没有“户主”行"));
            return null;
        }
        var head = heads[0];
        var before = errors.Count;
        foreach (var extra in heads.Skip(1))
            errors.Add(new RegisterError(extra.Row, RegisterColumns.Relation, $"户编号 {head.RegisterNo} 已有户主（第 {head.Row} 行）"));
        if (rows.Count > MaxMembers)
            errors.Add(new RegisterError(rows[MaxMembers].Row, null, $"户编号 {head.RegisterNo} 超过 {MaxMembers} 人"));
        foreach (var row in rows.Where(r => !ReferenceEquals(r, head))) CheckAgrees(row, head, errors);
        if (errors.Count > before) return null;
        return FromHead(head, [head.Member with { Position = 1 },
            .. rows.Where(r => !ReferenceEquals(r, head)).Select((r, i) => r.Member with { Position = i + 2 })]);
    }

    private static void CheckAgrees(RegisterRow row, RegisterRow head, List<RegisterError> errors)
    {
        if (row.VillageName is { } name && head.VillageName is { } headName && name != headName)
            errors.Add(new RegisterError(row.Row, RegisterColumns.VillageName, $"与户主行（第 {head.Row} 行）不一致"));
        if (row.Household == RegisterHouseholdCells.Blank) return;
        foreach (var ((column, value), (_, headValue)) in row.Household.ByColumn().Zip(head.Household.ByColumn()))
            if (value is not null && !value.Equals(headValue))
                errors.Add(new RegisterError(row.Row, column, $"与户主行（第 {head.Row} 行）不一致；户的信息以户主行为准"));
    }

    private static RegisterHousehold FromHead(RegisterRow head, List<HouseholdMember> members)
    {
        var h = head.Household;
        return new RegisterHousehold
        {
            VillageCode = head.VillageCode, RegisterNo = head.RegisterNo, HeadName = head.Member.Name,
            Address = h.Address ?? "", IncomePerPersonYuan = h.Income, IncomeYear = h.IncomeYear, IncomeSource = h.IncomeSource,
            FoodSecure = h.Food, ClothingSecure = h.Clothing, EducationSecure = h.Education, MedicalSecure = h.Medical,
            HousingSecure = h.Housing, WaterSecure = h.Water, Labour = RegisterHousehold.LabourOf(members),
            // A blank flag is "not flagged": the register marks the households that are, as its own lists do.
            IsLiftedOut = h.LiftedOut ?? false, IsMonitored = h.Monitored ?? false, HasDibao = h.Dibao ?? false,
            HasDibaoEdge = h.DibaoEdge ?? false, IsTekun = h.Tekun ?? false, HasDisabled = members.Any(m => m.IsDisabled),
            Members = members, HeadRow = head.Row, VillageName = head.VillageName,
            HelperPhone = h.HelperPhone,
        };
    }
}
