using System.Text;

namespace Tally.Tests.Specs;

/// <summary>One example of a spec file: the input lines before the '.' line, the expected lines after.</summary>
public sealed record SpecExample(string File, int Number, string Section, string Input, string Expected, int Line)
{
    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}_Example{Number:000} ({Section}, line {Line})";
}

/// <summary>
/// Reads Markdig-style spec files (tests/Tally.Engine.Tests/Specs/*.md): prose that states a rule, then
/// fenced blocks opened by a line of backticks followed by "example": the input, a line holding only
/// '.', and the expected output. Adding a case is editing the Markdown, no code.
/// </summary>
public static class SpecFile
{
    private const string Fence = "````````````````";

    public static IEnumerable<object[]> Examples(string name) =>
        Read(Path.Combine(RepoPaths.TestSpecs, name)).Select(e => new object[] { e });

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var examples = new List<SpecExample>();
        var lines = File.ReadAllLines(path);
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#', ' ');
            if (!(lines[i].StartsWith(Fence, StringComparison.Ordinal) && lines[i].TrimEnd().EndsWith("example", StringComparison.Ordinal))) continue;
            int start = i + 1;
            var input = new StringBuilder();
            var expected = new StringBuilder();
            var target = input;
            for (i = start; i < lines.Length && !lines[i].StartsWith(Fence, StringComparison.Ordinal); i++)
            {
                if (lines[i] == "." && target == input) { target = expected; continue; }
                target.Append(lines[i]).Append('\n');
            }
            examples.Add(new SpecExample(path, examples.Count + 1, section, input.ToString().TrimEnd('\n'), expected.ToString().TrimEnd('\n'), start));
        }
        return examples;
    }

    /// <summary>Makes whitespace visible so a failing comparison shows where spaces differ.</summary>
    public static string Visible(string s) => s.Replace(' ', '·').Replace("\t", "→");
}
