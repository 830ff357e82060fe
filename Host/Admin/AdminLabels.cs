using Alerts.Identity.Accounts;
using Alerts.Store.Database;

namespace Alerts.Host.Admin;

/// <summary>The Chinese a reader of the admins' pages sees for roles, departments, audit actions and times.</summary>
internal static class AdminLabels
{
    private static readonly Dictionary<string, string> Roles = new()
    {
        [AccountRoles.GridWorker] = "网格员", [AccountRoles.Official] = "干部", [AccountRoles.Admin] = "管理员",
    };

    private static readonly Dictionary<string, string> DepartmentNames = new()
    {
        [Departments.Emergency] = "应急管理", [Departments.NaturalResources] = "规划自然资源", [Departments.Water] = "水利",
        [Departments.Weather] = "气象", [Departments.Rural] = "乡村振兴", [Departments.Civil] = "民政",
    };

    private static readonly Dictionary<string, string> Actions = new()
    {
        ["account_added"] = "添加账号", ["account_revoked"] = "停用账号", ["api_key_issued"] = "发放 API 密钥",
        ["api_key_revoked"] = "吊销 API 密钥", ["one_time_password_set"] = "设置一次性密码", ["password_changed"] = "修改密码",
        ["signed_in"] = "登录", ["sign_in_failed"] = "登录失败", ["sign_in_locked"] = "登录锁定",
        ["binding_code_issued"] = "发放绑定码", ["binding_code_revoked"] = "作废绑定码", ["binding_code_wrong"] = "绑定码错误",
        ["staff_bound"] = "工作人员绑定", ["duty_roster_set"] = "修改值班表", ["linked_by_code"] = "村民绑定",
        ["enrolled"] = "登记", ["created"] = "起草预警", ["submitted"] = "提交审批", ["approved"] = "审批通过",
        ["published"] = "发布预警", ["danger_notice_published"] = "发布险情通报", ["cap_imported"] = "导入 CAP",
        ["report_submitted"] = "提交灾情报告", ["report_confirmed"] = "核实报告", ["report_corrected"] = "更正报告",
        ["report_rejected"] = "驳回报告", ["help_handled"] = "处理求助", ["help_escalated"] = "求助升级",
        ["link_lookup_refused"] = "拒绝查找号码",
    };

    public static string Role(string role) => Roles.GetValueOrDefault(role, role);

    public static string Department(string? department) =>
        department is null ? "—" : DepartmentNames.GetValueOrDefault(department, department);

    public static IEnumerable<KeyValuePair<string, string>> AllRoles => Roles;

    public static IEnumerable<KeyValuePair<string, string>> AllDepartments => DepartmentNames;

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    /// <summary>A stored time as a Beijing date and minute.</summary>
    public static string Time(DateTimeOffset? utc) =>
        utc is { } t ? BeijingTime.Of(t).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>The subject of an audit entry: its name with its id when known.</summary>
    public static string Subject(string subject, string? name) => name is null ? subject : $"{name}（{subject}）";

    /// <summary>The actor of an audit entry as a reader knows it: a name with its id, or what the id means.</summary>
    public static string Actor(string actor, string? name) => (actor, name) switch
    {
        (_, { } known) => $"{known}（{actor}）",
        ("cli", _) => "命令行（cli）",
        ("system", _) => "系统",
        ("demo", _) => "演示启动（demo）",
        _ => actor,
    };
}
