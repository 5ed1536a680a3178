using System.Numerics;
using Tally.Ledger.Ingest;
using Xunit;

namespace Tally.Ledger.Tests.Ingest;

public class NearDuplicatesTests
{
    private static readonly string Article = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"Report {i} from the region says fighting went on near town {i * 13}."));

    [Fact]
    public void SimHash_SameBodyOtherHeader_FewBitsApart_JaccardHigh()
    {
        var a = NearDuplicates.Shingles(Article);
        var b = NearDuplicates.Shingles("REUTERS - " + Article.Replace("fighting", "Fighting") + " (Reporting by A. Writer; editing by B. Editor)");
        Assert.True(BitOperations.PopCount(NearDuplicates.SimHash(a) ^ NearDuplicates.SimHash(b)) <= NearDuplicates.MaxHammingDistance);
        Assert.True(NearDuplicates.Jaccard(a, b) >= NearDuplicates.MinJaccard);
    }

    [Fact]
    public void SimHash_UnrelatedTexts_FarApart()
    {
        var a = NearDuplicates.Shingles(Article);
        var b = NearDuplicates.Shingles(string.Join(' ', Enumerable.Range(0, 80).Select(i => $"Harvest {i} was poor as rain fell on field {i * 5} all week.")));
        Assert.True(BitOperations.PopCount(NearDuplicates.SimHash(a) ^ NearDuplicates.SimHash(b)) > NearDuplicates.MaxHammingDistance);
        Assert.True(NearDuplicates.Jaccard(a, b) < 0.1);
    }

    [Fact]
    public void Candidates_NearestFirst()
    {
        var index = new NearDuplicates([(1, 0b1111UL), (2, 0b0001UL), (3, ulong.MaxValue)]);
        Assert.Equal([2L, 1L], index.Candidates(0));
    }
}
