using Tally.Documents;
using Xunit;

namespace Tally.Tests.Documents;

public sealed class LayerCursorTests
{
    private static readonly TextSpan[] Layer = [new(0, 4), new(10, 15), new(16, 20), new(30, 35)];

    [Fact]
    public void Inside_SentencesInTextOrder_EachGetsTheAnnotationsWhollyInIt()
    {
        var cursor = new LayerCursor<TextSpan>(Layer, s => s);
        Assert.Equal([new TextSpan(0, 4)], cursor.Inside(new TextSpan(0, 9)));
        Assert.Equal([new TextSpan(10, 15)], cursor.Inside(new TextSpan(10, 18)));
        Assert.Empty(cursor.Inside(new TextSpan(21, 29)));
        Assert.Equal([new TextSpan(30, 35)], cursor.Inside(new TextSpan(30, 40)));
    }

    [Fact]
    public void Touching_IncludesAnnotationsThatStartBeforeTheStretchAndReachIt()
    {
        var cursor = new LayerCursor<TextSpan>(Layer, s => s);
        Assert.Equal([new TextSpan(10, 15), new TextSpan(16, 20)], cursor.Touching(new TextSpan(12, 18)));
        Assert.Equal([new TextSpan(16, 20)], cursor.Touching(new TextSpan(20, 25)));
        Assert.Empty(cursor.Touching(new TextSpan(21, 29)));
    }

    [Fact]
    public void Inside_NextRequest_RefillsTheListItReturned()
    {
        var cursor = new LayerCursor<TextSpan>(Layer, s => s);
        var first = cursor.Inside(new TextSpan(0, 9));
        var second = cursor.Inside(new TextSpan(10, 18));
        Assert.Same(first, second);
        Assert.Equal([new TextSpan(10, 15)], first);
    }
}
