namespace Alerts.Bot.Enrolment;

internal static class EnrolmentTexts
{
    // What is kept, why, and who sees it — in words an elderly villager can follow.
    // The last sentence is the lawful basis for help requests from people who have not (yet) consented: processing
    // needed to protect life in an emergency.
    public const string Privacy =
        "您好，这里是灾害预警与救助服务。为了给您发预警、帮您报灾，我们会保存您的姓名、电话、住址和报告内容，" +
        "只给本村网格员和镇、区工作人员用于救灾和帮扶。同意吗？" +
        "（不管同不同意，发“救命”我们都会马上把您的话和号码转给工作人员去救人。）";
    /// <summary>
    /// The notice on SMS: one segment (70 UCS-2 units, with the "1 是 / 2 否" the prompt adds), saying what is kept and
    /// for whom, and the word that sends <see cref="Privacy"/> in full.
    /// </summary>
    public const string PrivacySms =
        "您好，这里是灾害预警与救助服务，会保存您的姓名、电话、住址和报告，只给救灾人员用。回复“隐私”看全文。同意吗？";
    /// <summary>What brings the full notice, at any time.</summary>
    public const string PrivacyWord = "隐私";
    public const string Declined = "好的，我们不会保存您的信息。有需要随时再发消息。遇到危险请拨打110、119或120。";
    public const string AskPhone = "请回复您的手机号，我们帮您找到村里登记的信息。不方便请回复“跳过”。";
    // Said whatever the number: whether it is registered, and whose it is, is never told before the code is right.
    public const string AskCode =
        "如果这个号码在村里登记过，我们刚给它发了6位验证码，5分钟内有效，请回复验证码。没登记过或收不到，请回复“跳过”。";
    public const string CodeHint = "请回复短信里的6位数字。";
    public const string CodeExpired = "验证码过期了。请重新回复手机号，或回复“跳过”。";
    public const string CodeLocked = "验证码错的次数太多，30分钟内不能再试。我们先按新用户给您登记，网格员上门时会帮您核对。";
    public const string TooOften = "您查得太频繁了，请过一会儿再试。我们先按新用户给您登记，网格员上门时会帮您核对。";

    public static string WrongCode(int triesLeft) => $"验证码不对，还可以试{triesLeft}次。请回复短信里的6位数字，或回复“跳过”。";
    public const string AskTown = "您住在哪个镇？";
    public const string AskVillage = "您住在哪个村？";
    public const string AskName = "请问您叫什么名字？";
    public const string AskFlags = "您有下面的情况吗？";
    public const string Retry = "请回复前面的数字。";
}
