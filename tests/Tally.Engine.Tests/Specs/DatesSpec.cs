using System.Text;
using Tally.Documents;
using Tally.Pipeline;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Specs;

/// <summary>
/// Runs Specs/Dates.md. An example's input may open with "published: 2025-03-03" (or "none") and
/// "resolution: lenient" lines; the expected output is one line per time mention,
/// <c>"span text" start..end</c> with "since" after open periods and "present" after the present of
/// writing, and <c>skipped "text"</c> for dates the stage refused.
/// </summary>
public sealed class DatesSpec
{
    private static readonly TallyPipeline Strict = new TallyPipelineBuilder().UseText().UseDates().Build();
    private static readonly TallyPipeline Lenient = new TallyPipelineBuilder().UseText().UseDates(DateResolution.Lenient).Build();

    public static TheoryData<SpecExample> Examples => new(SpecFile.Load("Dates.md"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Dates(SpecExample example)
    {
        var actual = Run(example.Input);
        Assert.True(actual == example.Expected, example.Failure(actual));
    }

    [Fact]
    public void Dates_SpecHasExamples() => Assert.True(SpecFile.Load("Dates.md").Count >= 40);

    private static string Run(string input)
    {
        PartialDate? published = null;
        var pipeline = Strict;
        var lines = input.Split('\n');
        int first = 0;
        for (; first < lines.Length; first++)
        {
            if (lines[first].StartsWith("published: ", StringComparison.Ordinal))
            {
                var value = lines[first]["published: ".Length..];
                published = value == "none" ? null
                    : PartialDate.TryParse(value, out var date) ? date : throw new FormatException($"Bad publication date '{value}'.");
            }
            else if (lines[first] == "resolution: lenient") pipeline = Lenient;
            else break;
        }
        var doc = pipeline.Process(string.Join('\n', lines[first..]), new DocumentMetadata { Published = published });
        var sb = new StringBuilder();
        foreach (var d in doc.Dates)
            sb.Append('"').Append(doc[d.Span]).Append("\" ").Append(Show(d.Start)).Append("..").Append(Show(d.End))
              .Append(d.Since ? " since" : "").Append(d.Present ? " present" : "").Append('\n');
        foreach (var skipped in doc.Diagnostics.Where(x => x.Stage == "dates"))
            sb.Append("skipped \"").Append(doc[skipped.Span]).Append("\"\n");
        return sb.ToString().TrimEnd('\n');
    }

    private static string Show(PartialDate? date) => date?.ToString() ?? "null";
}
