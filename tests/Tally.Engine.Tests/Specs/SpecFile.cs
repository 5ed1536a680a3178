using Xunit.Abstractions;

namespace Tally.Tests.Specs;

/// <summary>
/// One example of a golden spec file: the input above a line holding a single '.', the expected
/// output below it. Serialisable so that each example shows as its own test case.
/// </summary>
public sealed class SpecExample : IXunitSerializable
{
    public SpecExample() { }

    public SpecExample(string name, int line, string input, string expected)
    {
        Name = name;
        Line = line;
        Input = input;
        Expected = expected;
    }

    /// <summary>"Dates_Example007": the file's name and the example's number in it.</summary>
    public string Name { get; private set; } = "";
    public int Line { get; private set; }
    public string Input { get; private set; } = "";
    public string Expected { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info)
    {
        Name = info.GetValue<string>(nameof(Name));
        Line = info.GetValue<int>(nameof(Line));
        Input = info.GetValue<string>(nameof(Input));
        Expected = info.GetValue<string>(nameof(Expected));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Name), Name);
        info.AddValue(nameof(Line), Line);
        info.AddValue(nameof(Input), Input);
        info.AddValue(nameof(Expected), Expected);
    }

    /// <summary>The message for a failed example: where it is, what went in, what came out, what was expected.</summary>
    public string Failure(string actual) =>
        $"{Name} (line {Line})\n--- input\n{Visible(Input)}\n--- expected\n{Visible(Expected)}\n--- actual\n{Visible(actual)}";

    public override string ToString() => Name;

    private static string Visible(string s) => s.Replace("\t", "→").Replace(" \n", "·\n").Replace("\n", "¶\n");
}

/// <summary>
/// Reads a golden spec file in the style of Markdig's Specs/*.md: prose stating each rule, then example
/// blocks fenced by a line of 32 backticks and the word "example", input and expected output parted by a
/// line holding a single '.'. Loaded at runtime from the test output folder, so there is nothing to regenerate.
/// </summary>
public static class SpecFile
{
    private static readonly string Fence = new('`', 32);

    public static IReadOnlyList<SpecExample> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        var prefix = Path.GetFileNameWithoutExtension(fileName);
        var data = new List<SpecExample>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example") continue;
            int start = i + 1, dot = -1, end = start;
            for (; end < lines.Length && lines[end] != Fence; end++)
                if (dot < 0 && lines[end] == ".") dot = end;
            if (dot < 0 || end == lines.Length)
                throw new InvalidDataException($"{fileName}:{i + 1}: an example needs a '.' line and a closing fence.");
            data.Add(new SpecExample(
                $"{prefix}_Example{data.Count + 1:000}", i + 1,
                string.Join('\n', lines[start..dot]),
                string.Join('\n', lines[(dot + 1)..end])));
            i = end;
        }
        return data;
    }
}
