namespace Alerts.Bot.Enrolment;

internal static class EnrolmentTexts
{
    // What is kept, why, and who sees it — in words an elderly villager can follow.
    public const string Privacy =
        "您好，这里是灾害预警与救助服务。为了给您发预警、帮您报灾，我们会保存您的姓名、电话、住址和报告内容，" +
        "只给本村网格员和镇、区工作人员用于救灾和帮扶。同意吗？";
    public const string Declined = "好的，我们不会保存您的信息。有需要随时再发消息。遇到危险请拨打110、119或120。";
    public const string AskPhone = "请回复您的手机号，我们帮您找到村里登记的信息。不方便请回复“跳过”。";
    public const string AskTown = "您住在哪个镇？";
    public const string AskVillage = "您住在哪个村？";
    public const string AskName = "请问您叫什么名字？";
    public const string AskFlags = "您有下面的情况吗？";
    public const string Retry = "请回复前面的数字。";
}
