namespace Alerts.Store.Seeding;

[Flags]
internal enum HouseholdFlags
{
    None = 0,
    LiftedOut = 1,  // 脱贫户
    Monitored = 2,  // 监测户
    Dibao = 4,      // 低保
    Tekun = 8,      // 特困
    LowIncome = 16, // 低收入
}
