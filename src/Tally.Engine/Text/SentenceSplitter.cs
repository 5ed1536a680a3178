using System.Collections.Frozen;
using Tally.Documents;
using Tally.Lexicons;

namespace Tally.Text;

/// <summary>
/// Splits a paragraph of normalised text into sentences at '.', '!' or '?' (with any closing quotes
/// or brackets) followed by a space and a capital, digit, quote or dash; not after an abbreviation
/// (Rep., Gen., Feb. 27, No. 5), a single initial (J. Smith) or an initialism (U.S.).
/// </summary>
public sealed class SentenceSplitter
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _always;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _beforeDigit;

    public SentenceSplitter()
    {
        var rows = LexiconFile.Rows("abbreviations.txt").ToList();
        // Span lookups are made once: getting one checks the comparer each time.
        _always = rows.Where(r => r.Length == 1).Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _beforeDigit = rows.Where(r => r.Length > 1 && r[1] == "before-digit").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Split(string text, TextSpan paragraph, int paragraphIndex, List<Sentence> into)
    {
        int start = SkipSpace(text, paragraph.Start, paragraph.End);
        int i = start;
        while (i < paragraph.End)
        {
            // Only '.', '!' or '?' ends a sentence: a vectorised search skips to the next one.
            int mark = text.AsSpan(i, paragraph.End - i).IndexOfAny('.', '!', '?');
            if (mark < 0) break;
            i += mark;
            char c = text[i];
            int end = i + 1;
            while (end < paragraph.End && text[end] is '.' or '!' or '?') end++;
            while (end < paragraph.End && text[end] is '"' or '\'' or ')' or ']') end++;
            int next = SkipSpace(text, end, paragraph.End);
            if (next > end && next < paragraph.End && StartsSentence(text[next]) && !(c == '.' && IsAbbreviation(text, i, next)))
            {
                into.Add(new Sentence(new TextSpan(start, end), paragraphIndex, into.Count));
                start = next;
                i = next;
                continue;
            }
            i = end;
        }
        int last = TrimEnd(text, start, paragraph.End);
        if (last > start) into.Add(new Sentence(new TextSpan(start, last), paragraphIndex, into.Count));
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '\'' or '-' or '(' or '[';

    private bool IsAbbreviation(string text, int dot, int next)
    {
        int w = dot;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0) return false;
        // A single capital ("J.") or dotted initialism ("U.S", "U.N") is an initial. Dotted initialisms
        // still end a sentence before a common sentence opener; we accept that rare miss.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return true;
        if (_always.Contains(word)) return true;
        return char.IsAsciiDigit(text[next]) && _beforeDigit.Contains(word);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
