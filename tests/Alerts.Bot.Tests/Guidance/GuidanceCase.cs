using Alerts.Bot.Guidance;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Guidance;

/// <summary>
/// One combination of answers, household status and grid worker. <see cref="All"/> crosses every hazard with every
/// house and water answer (340 cases) and rotates the other answers and flags through them at coprime strides, so
/// each value meets many others without a full cross product.
/// </summary>
internal sealed record GuidanceCase(int Id, ReportAnswers Report, HouseholdStatus Household, GridWorkerContact? Worker)
{
    public const string WorkerPhone = "13812345678";
    public const string WorkerName = "王芳";

    public static readonly IReadOnlyList<GuidanceCase> All = Build();

    public static TheoryData<int> Ids() => new(All.Select(c => c.Id));

    private static List<GuidanceCase> Build()
    {
        var cases = new List<GuidanceCase>();
        foreach (var hazard in ReportAnswers.KnownHazards)
        {
            foreach (var house in Enum.GetValues<HouseDamage>())
            {
                foreach (var water in Enum.GetValues<WaterSupply>())
                {
                    cases.Add(Make(cases.Count, hazard, house, water));
                }
            }
        }

        return cases;
    }

    private static GuidanceCase Make(int i, string hazard, HouseDamage house, WaterSupply water)
    {
        var report = new ReportAnswers
        {
            Hazard = hazard,
            House = house,
            Water = water,
            Crops = (CropLoss)(i % 3),
            LivestockLost = i % 2 == 1,
            LivestockCount = i % 2 == 1 ? 3 : null,
            Injured = i % 4 == 0 ? 1 : 0,
            Deaths = i % 7 == 0 ? 1 : 0,
            ExtraMedicalYuan = i % 5 == 0 ? 800 : null,
            IncomeLostYuan = i % 3 == 1 ? 5000 : null,
            HasLabour = (i % 11) switch { < 4 => true, < 8 => false, _ => null },
            ForNeighbour = i % 9 == 4,
        };
        var household = new HouseholdStatus
        {
            IsLiftedOut = i % 6 == 1,
            IsMonitored = i % 6 == 2,
            HasDibao = i % 6 == 3,
            IsTekun = i % 13 == 5,
            IsLowIncome = i % 6 == 4,
            Members = 1 + (i % 5),
            IsElderly = i % 5 == 1,
            IsDisabled = i % 8 == 3,
            LivesAlone = i % 10 == 7,
        };
        GridWorkerContact? worker = (i % 3) switch
        {
            0 => null,
            1 => new(WorkerName, WorkerPhone),
            _ => new(WorkerName, "+86" + WorkerPhone),
        };
        return new GuidanceCase(i, report, household, worker);
    }
}
