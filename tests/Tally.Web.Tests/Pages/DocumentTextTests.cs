using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Storage;
using Tally.Web.Pages;
using Xunit;

namespace Tally.Web.Tests.Pages;

public sealed class DocumentTextTests
{
    private static StoredClaim Claim(long id, params TextSpan[] evidence) => new(id, 1, "d", null, null, null, null, null, null, "",
        new Claim(Measure.Killed, new Subject(null, "people", "people"), new Figure(CountRange.Single(1), Hedge.Exact, "1"),
            Aggregate.Unspecified, null, null, [], Modality.Asserted, [.. evidence]));

    [Fact]
    public void Segments_SharedAndSeparateSentences_CoverTheTextOnce()
    {
        const string text = "One. Two killed. Three. Four hurt.";
        var a = Claim(1, new TextSpan(5, 16));
        var b = Claim(2, new TextSpan(5, 16), new TextSpan(24, 34));
        var segments = DocumentText.Segments(text, [a, b]);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["One. |", "Two killed.|1,2", " Three. |", "Four hurt.|2"],
            segments.Select(s => s.Text + "|" + string.Join(',', s.Claims.Select(c => c.Id))));
        Assert.Equal(24, segments[3].Start);
    }

    [Fact]
    public void Segments_SpansPastTheEndOrOverlapping_KeepTheTextWhole()
    {
        const string text = "Alpha beta gamma.";
        var segments = DocumentText.Segments(text, [Claim(1, new TextSpan(0, 10)), Claim(2, new TextSpan(6, 17)), Claim(3, new TextSpan(5, 99))]);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([1L, 2L], segments[0].Claims.Select(c => c.Id));
    }
}
