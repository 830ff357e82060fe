using Alerts.Bot.Guidance;

namespace Alerts.Bot.Tests.Guidance;

public sealed class MessagePackerTests
{
    [Theory]
    // lengths of the blocks → lengths of the messages (a joining newline counts 1)
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 10 }, new[] { 10 })]
    [InlineData(new[] { 20, 20, 20 }, new[] { 62 })]
    [InlineData(new[] { 66, 67 }, new[] { 134 })]
    [InlineData(new[] { 67, 67 }, new[] { 67, 67 })]
    [InlineData(new[] { 30, 30, 30, 30, 30 }, new[] { 123, 30 })]
    [InlineData(new[] { 200, 10 }, new[] { 200, 10 })]
    [InlineData(new[] { 10, 200, 10 }, new[] { 10, 200, 10 })]
    public void PacksGreedilyInOrderWithoutSplittingABlock(int[] blocks, int[] messages)
    {
        var input = blocks.Select((length, i) => new string((char)('甲' + i), length)).ToList();

        var packed = MessagePacker.Pack(input);

        Assert.Equal(messages, packed.Select(m => m.Length));
        Assert.Equal(input, packed.SelectMany(m => m.Split('\n')));
    }
}
