namespace Alerts.Bot.Language;

/// <summary>
/// The words that open a yes or a no, matched at the start of the answer, longest first. Unknown entries are here
/// so that a longer phrase beats its prefix: "是不是" (a question) must not be read as "是", nor "没问题" as "没".
/// Dialect: 要得/得行/对头 (Sichuan/Chongqing "OK/right"), 要不得/不得行 (their "no"), 莫得/没得 ("haven't"),
/// 中 (Henan "OK").
/// </summary>
internal static class YesNoWords
{
    public static readonly (string Word, YesNo Meaning)[] ByLengthDescending = Build(
    [
        ("是", YesNo.Yes), ("是的", YesNo.Yes), ("是滴", YesNo.Yes), ("是嘞", YesNo.Yes), ("是这样", YesNo.Yes),
        ("对", YesNo.Yes), ("对的", YesNo.Yes), ("对头", YesNo.Yes), ("没错", YesNo.Yes), ("不错", YesNo.Yes),
        ("嗯", YesNo.Yes), ("恩", YesNo.Yes), ("嗯呐", YesNo.Yes), ("嗯哪", YesNo.Yes), ("强", YesNo.Yes),
        ("好", YesNo.Yes), ("好的", YesNo.Yes), ("好滴", YesNo.Yes), ("好嘞", YesNo.Yes), ("行", YesNo.Yes),
        ("要", YesNo.Yes), ("要的", YesNo.Yes), ("需要", YesNo.Yes), ("可以", YesNo.Yes), ("要得", YesNo.Yes),
        ("得行", YesNo.Yes), ("中", YesNo.Yes), ("同意", YesNo.Yes), ("确认", YesNo.Yes), ("确定", YesNo.Yes),
        ("没问题", YesNo.Yes), ("没有问题", YesNo.Yes), ("没毛病", YesNo.Yes), ("当然", YesNo.Yes),
        ("肯定", YesNo.Yes), ("必须", YesNo.Yes), ("就是", YesNo.Yes), ("正是", YesNo.Yes), ("有", YesNo.Yes),
        ("有的", YesNo.Yes), ("有人", YesNo.Yes), ("提交", YesNo.Yes), ("ok", YesNo.Yes), ("okay", YesNo.Yes),
        ("y", YesNo.Yes), ("yes", YesNo.Yes), ("yeah", YesNo.Yes), ("yep", YesNo.Yes), ("sure", YesNo.Yes),
        ("👍", YesNo.Yes), ("👌", YesNo.Yes), ("晓得了", YesNo.Yes), ("知道了", YesNo.Yes),

        ("不", YesNo.No), ("不是", YesNo.No), ("不对", YesNo.No), ("没有", YesNo.No), ("没", YesNo.No),
        ("没得", YesNo.No), ("莫得", YesNo.No), ("么得", YesNo.No), ("没的", YesNo.No), ("冇", YesNo.No), ("否", YesNo.No), ("不用", YesNo.No),
        ("不要", YesNo.No), ("不需要", YesNo.No), ("不同意", YesNo.No), ("不确认", YesNo.No), ("不行", YesNo.No),
        ("不可以", YesNo.No), ("不必", YesNo.No), ("不了", YesNo.No), ("算了", YesNo.No), ("别", YesNo.No),
        ("免了", YesNo.No), ("用不着", YesNo.No), ("没必要", YesNo.No), ("不想", YesNo.No), ("不愿意", YesNo.No),
        ("错", YesNo.No), ("错了", YesNo.No), ("不存在", YesNo.No), ("不得行", YesNo.No), ("要不得", YesNo.No),
        ("没事", YesNo.No), ("没事儿", YesNo.No), ("不好", YesNo.No), ("拒绝", YesNo.No), ("n", YesNo.No),
        ("no", YesNo.No), ("nope", YesNo.No),

        // Questions back ("A不A"), doubt and look-alikes that start like a yes or a no but are neither.
        ("是不是", YesNo.Unknown), ("是否", YesNo.Unknown), ("对不对", YesNo.Unknown), ("要不要", YesNo.Unknown),
        ("要不", YesNo.Unknown), ("好不好", YesNo.Unknown), ("行不行", YesNo.Unknown), ("可不可以", YesNo.Unknown),
        ("需不需要", YesNo.Unknown), ("有没有", YesNo.Unknown), ("有点", YesNo.Unknown), ("有些", YesNo.Unknown),
        ("好像", YesNo.Unknown), ("要是", YesNo.Unknown), ("不过", YesNo.Unknown), ("没听", YesNo.Unknown),
        ("不明白", YesNo.Unknown), ("没明白", YesNo.Unknown), ("不懂", YesNo.Unknown), ("不一定", YesNo.Unknown),
        ("没想到", YesNo.Unknown), ("不好意思", YesNo.Unknown),
    ]);

    // Doubt anywhere in the answer outweighs the word it starts with: "不是很清楚" is not a no.
    public static readonly string[] Doubt =
    [
        "不知道", "不清楚", "不晓得", "说不清", "不确定", "不好说", "搞不清", "不是很清楚", "不太清楚", "不太确定",
    ];

    // A polite opening that a later "no" overrides: "好的，不用了" declines.
    public static readonly string[] Soft = ["好的", "好", "嗯", "行", "可以", "晓得了", "知道了"];

    // Said before the answer without changing it.
    public static readonly string[] Preambles = ["不好意思", "谢谢你", "谢谢", "麻烦了", "你好", "您好"];
    public static readonly string[] Subjects = ["我们", "咱们", "我", "俺", "咱"];

    // Mood particles that may follow a single-character answer: "对啊", "好嘞", "不了".
    public const string Particles = "了的啊呀吧哈嘛呢哦嘞滴噻哟撒啦";

    private static (string, YesNo)[] Build((string, YesNo)[] words) =>
        [.. words.OrderByDescending(w => w.Item1.Length)];
}
