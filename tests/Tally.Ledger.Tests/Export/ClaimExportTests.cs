using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Analysis;
using Tally.Ledger.Export;
using Tally.Ledger.Storage;
using Tally.Time;
using Xunit;

namespace Tally.Ledger.Tests.Export;

public class ClaimExportTests
{
    private static StoredClaim Stored(Claim c) =>
        new(7, 3, "seed", "news.az", "https://news.az/a", PartialDate.OfDay(2025, 3, 1), null, null, null, "He said \"4,000\", roughly.", c);

    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_Field_QuotedOnlyWhenNeeded(string? field, string expected) => Assert.Equal(expected, ClaimExport.Csv(field));

    [Fact]
    public void Write_Csv_HeaderAndOneRowPerClaim()
    {
        var output = new StringWriter();
        int n = ClaimExport.Write(output, [Stored(TestClaims.Seed.CasualtiesUkraine)], ExportFormat.Csv);
        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(1, n);
        Assert.Equal(string.Join(',', ClaimExport.CsvColumns), lines[0]);
        Assert.Equal(
            "7,seed,news.az,https://news.az/a,2025-03-01,,casualties,KP,personnel,soldiers,,4000,4000,approx,\"around 4,000\",total,,,,,,asserted,Ukraine,UA," +
            "Ukraine (UA) → Yu Yong-weon (KR) → news.az,\"He said \"\"4,000\"\", roughly.\"",
            lines[1]);
    }

    [Fact]
    public void JsonLine_SameAsExtractOutput()
    {
        var claim = TestClaims.Seed.Killed with { Evidence = [new TextSpan(3, 9)] };
        var doc = new TallyDocument("0123456789", new DocumentMetadata { Name = "seed" });
        Assert.Equal(ClaimJson.ToJsonLine(claim, doc), ClaimExport.JsonLine(Stored(claim)));
    }

    [Fact]
    public void SeriesChart_Save_WritesPngAndSvg()
    {
        var series = Series.BuildSeries(
            [new DatedClaim(TestClaims.Seed.CasualtiesUkraine, new DateOnly(2025, 1, 1)), new DatedClaim(TestClaims.Seed.CasualtiesUkraine with { Figure = new Figure(new CountRange(5000, 6000), Hedge.Range, "5,000 to 6,000") }, new DateOnly(2025, 2, 1)),
             new DatedClaim(TestClaims.Seed.CasualtiesSouthKorea, new DateOnly(2025, 1, 10))],
            Measure.Casualties, "KP");
        var folder = Directory.CreateTempSubdirectory("tally-chart-").FullName;
        try
        {
            SeriesChart.Save(series, Path.Combine(folder, "c.png"));
            SeriesChart.Save(series, Path.Combine(folder, "c.svg"));
            var png = File.ReadAllBytes(Path.Combine(folder, "c.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "c.svg")));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
