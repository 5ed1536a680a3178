using System.Collections.Frozen;
using System.Reflection;

namespace Tally.Lexicons;

/// <summary>
/// Reads the lexicon data files embedded in the engine (Lexicons/Data). A file is UTF-8 text: one entry
/// a line, fields separated by tabs, '#' starting a comment line, blank lines ignored. Lexicons are data,
/// not code: extending one is editing its file.
/// </summary>
public static class LexiconFile
{
    private static readonly Assembly Engine = typeof(LexiconFile).Assembly;

    /// <summary>The rows of a lexicon file, each split on tabs and trimmed.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        using var stream = Engine.GetManifestResourceStream("Tally.Lexicons." + name)
            ?? throw new InvalidOperationException($"[E006] Lexicon '{name}' is not embedded in {Engine.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++) fields[i] = fields[i].Trim();
            yield return fields;
        }
    }

    /// <summary>The first field of every row, lower-cased, as a frozen set.</summary>
    public static FrozenSet<string> Set(string name) =>
        Rows(name).Select(r => r[0].ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tokenises a lexicon phrase exactly as the text is tokenised, so phrases match token by token.</summary>
    public static string[] Words(string phrase) =>
        Text.Tokenizer.Tokenize(phrase, 0, phrase.Length).Select(t => phrase[t.Span.Start..t.Span.End]).ToArray();

    /// <summary>First field to second field, as a frozen case-insensitive map; later rows win.</summary>
    public static FrozenDictionary<string, string> Map(string name)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows(name))
            if (row.Length >= 2) map[row[0]] = row[1];
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
