using System.Runtime.InteropServices;
using Tally.Documents;
using Tally.Text;

namespace Tally.Time;

/// <summary>
/// Finds an article's publication date in its first lines: a labelled line ("Published: 3 March 2025",
/// "Updated March 3, 2025"), a short line that is a date ("Monday, 3 March 2025", "2025-03-03", "28.10.2024",
/// "30/11/2025 - 19:40") or has one after a byline's separator ("By staff reporter | 4 November 2024"), or a
/// dateline with a year: a wire's ("KYIV, March 3, 2025 (Wire) -"), a statement's ("Kyiv, 25 May 2025")
/// or a press release's ("(Mogadishu, 5 September 2022) -"). Only a full date with its year counts:
/// a dateline without one gives nothing, since the year cannot be known. Never throws on odd text.
/// </summary>
public static class PublicationDateFinder
{
    /// <summary>How many non-empty lines from the top are searched.</summary>
    public const int LinesSearched = 8;

    /// <summary>A line longer than this is body text unless a label or dateline opens it.</summary>
    private const int MaxDateLineLength = 60;

    /// <summary>How many tokens a time of day may take after its minutes: "PM", "GMT", "+", "8".</summary>
    private const int MaxTimeTokens = 8;

    /// <summary>How many tokens a dateline's place may take before its date ("BUNIA, Democratic Republic of Congo,").</summary>
    private const int MaxDatelinePlace = 8;

    // The reader asks this of an article's text for its date, then the date stage of the same string for its dateline:
    // the last answer on each thread is kept, so an article's lines are read once. Strings never change, so the same
    // instance always has the same answer.
    [ThreadStatic] private static LastFind? _last;

    private sealed record LastFind(string Text, bool Found, PartialDate Date, TextSpan Span);

    /// <summary>The publication date and the span of its date in <paramref name="text"/>, or false.</summary>
    public static bool TryFind(string text, out PartialDate date, out TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_last is not { } last || !ReferenceEquals(last.Text, text))
        {
            bool found = Find(text, out date, out span);
            _last = last = new LastFind(text, found, date, span);
        }
        (date, span) = (last.Date, last.Span);
        return last.Found;
    }

    private static bool Find(string text, out PartialDate date, out TextSpan span)
    {
        date = default;
        span = default;
        int lines = 0, start = 0;
        while (start < text.Length && lines < LinesSearched)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                lines++;
                if (MayHoldDate(text.AsSpan(start, end - start)) && TryLine(text, start, end, out date, out span)) return true;
            }
            start = end + 1;
        }
        return false;
    }

    /// <summary>
    /// False for a line <see cref="TryLine"/> would refuse, decided without copying or tokenizing it: a
    /// long line needs a label ("Published", "on", "last") or a dateline's capitals at its start. Body
    /// paragraphs are long lines opening with a capitalised word, so most of the text is skipped.
    /// </summary>
    private static bool MayHoldDate(ReadOnlySpan<char> line)
    {
        // Folding typography changes no letter, digit or whitespace, so the raw line answers as the folded one would.
        var trimmed = line.Trim();
        if (trimmed.Length <= MaxDateLineLength) return true;
        // A masthead's separator may stand before a label ("Kyiv Morning Post live | Last updated Oct. 18, 2025").
        if (trimmed.Contains('|')) return true;
        // A first token opening with a digit is neither a label part nor capitals.
        if (!char.IsLetter(trimmed[0])) return !char.IsAsciiDigit(trimmed[0]);
        int n = 1;
        while (n < trimmed.Length && char.IsLetter(trimmed[n])) n++;
        // The first token starts with these letters; label words are letters only, so a label is exactly them.
        var letters = trimmed[..n];
        // A place and a comma may open a dateline ("Kyiv, 25 May 2025 - ...").
        if (n < trimmed.Length && trimmed[n] == ',') return true;
        foreach (char c in letters)
            if (!char.IsUpper(c)) return TimeWords.TryGet(letters, out _) || letters.Equals("on", StringComparison.OrdinalIgnoreCase);
        return true;
    }

    private static bool TryLine(string text, int start, int end, out PartialDate date, out TextSpan span)
    {
        date = default;
        span = default;
        // Fold only this line's typography; offsets stay those of the original text.
        var line = CharNormalizer.Normalize(text[start..end]);
        var tokens = CollectionsMarshal.AsSpan(Tokenizer.Tokenize(line, 0, line.Length));
        if (tokens.IsEmpty) return false;
        var parser = new DateParser(line, tokens, new TokenTime[tokens.Length]);

        bool shortLine = line.AsSpan().Trim().Length <= MaxDateLineLength;
        // The date opens the line, after any label, or follows a byline's separator ("Ibrahim Mahamat | 28.10.2024",
        // and on a longer line with a label, "Kyiv Morning Post live | Last updated Oct. 18, 2025, 22:40").
        for (int at = 0; at < tokens.Length; at++)
        {
            if (at > 0 && !IsSeparator(line, tokens, at - 1)) continue;
            int i = at;
            bool labelled = false;
            while (i < tokens.Length && IsLabelPart(line, tokens[i], ref labelled)) i++;
            if (labelled) i = PastTimeOfDay(line, tokens, i);
            // Unlabelled, only a time of day or a separator may follow the date on its short line: "On 3 March 2025,
            // officials said" is a sentence; "30/11/2025 - 19:40 | World" and "Sunday 2 March 2025, 18.45 GMT" are not.
            if (TryDateAt(parser, line, tokens, i, start, out date, out span, out int after)
                && (labelled || shortLine && (after == tokens.Length || tokens[after].Kind == TokenKind.Number
                    || char.IsLetterOrDigit(line[span.End - start]) || IsSeparator(line, tokens, after)
                    || line[tokens[after].Span.Start] == ',' && after + 1 < tokens.Length && tokens[after + 1].Kind == TokenKind.Number)))
                return true;
        }

        // A dateline: a place, a comma, the date, then "(Wire)", a dash or the end of the line. A press
        // release wraps it in parentheses ("(Mogadishu, 5 September 2022) -"); a wire writes the place in
        // capitals, a statement just capitalises it ("Kyiv, 25 May 2025").
        int first = line[tokens[0].Span.Start] == '(' ? 1 : 0;
        if (first >= tokens.Length || !char.IsUpper(line[tokens[first].Span.Start])) return false;
        for (int k = first + 1; k < Math.Min(tokens.Length, first + MaxDatelinePlace); k++)
        {
            // "STUTTGART, Germany - February 12, 2025": a dash may part the place from the date as a comma does.
            if (line[tokens[k].Span.Start] is not (',' or '-' or '\u2014')) continue;
            if (!TryDateAt(parser, line, tokens, k + 1, start, out date, out span, out int next)) continue;
            if (first == 1 && next < tokens.Length && line[tokens[next].Span.Start] == ')') next++;
            else if (first == 1) continue;
            // "Warsaw, 10 September 2025, 14:00": a time of day may close a release's dateline.
            if (next == tokens.Length || line[tokens[next].Span.Start] is '(' or '-' or '\u2014'
                || line[tokens[next].Span.Start] == ',' && next + 1 < tokens.Length && tokens[next + 1].Kind == TokenKind.Number)
                return true;
        }
        return false;
    }

    /// <summary>A full date at token <paramref name="i"/> of a line that starts at <paramref name="offset"/> in the text.</summary>
    private static bool TryDateAt(DateParser parser, string line, ReadOnlySpan<Token> tokens, int i, int offset, out PartialDate date, out TextSpan span, out int next)
    {
        span = default;
        next = i + 1;
        // A timestamp ("2025-03-03T10:45:00Z") is one token past its date, so the parser would refuse it.
        if (i < tokens.Length && DateParser.TryReadIso(line.AsSpan(tokens[i].Span.Start), out int y, out int m, out int d, out int length)
            && PartialDate.IsValid(y, m, d))
        {
            date = PartialDate.OfDay(y, m, d);
            span = new TextSpan(offset + tokens[i].Span.Start, offset + tokens[i].Span.Start + length);
            while (next < tokens.Length && tokens[next].Span.Start < tokens[i].Span.Start + length) next++;
            return true;
        }
        if (!parser.TryFullDate(i, out date, out next)) return false;
        span = new TextSpan(offset + tokens[i].Span.Start, offset + tokens[next - 1].Span.End);
        return true;
    }

    /// <summary>
    /// "Published 4:18 PM GMT+8, December 4, 2023": the token after a time of day and its comma when one starts
    /// at <paramref name="i"/>, else <paramref name="i"/>.
    /// </summary>
    private static int PastTimeOfDay(string line, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || tokens[i].Kind != TokenKind.Number || line[tokens[i + 1].Span.Start] != ':' || tokens[i + 2].Kind != TokenKind.Number)
            return i;
        for (int j = i + 3; j < tokens.Length && j <= i + MaxTimeTokens; j++)
            if (line[tokens[j].Span.Start] == ',') return j + 1;
        return i;
    }

    /// <summary>A byline's separator between its parts: "|", "·", a dash.</summary>
    private static bool IsSeparator(string line, ReadOnlySpan<Token> tokens, int k) =>
        k < tokens.Length && tokens[k].Kind == TokenKind.Punctuation && line[tokens[k].Span.Start] is '|' or '\u00B7' or '-' or '\u2014';

    /// <summary>"Published", "Last updated", "First published", "on", ":" and "|" before the date.</summary>
    private static bool IsLabelPart(string line, Token token, ref bool labelled)
    {
        var s = line.AsSpan(token.Span.Start, token.Span.Length);
        if (token.Kind == TokenKind.Punctuation) return s[0] is ':' or '|';
        if (!TimeWords.TryGet(s, out var word)) return false;
        if (word.Kind == TimeWordKind.Label) labelled = true;
        return word.Kind == TimeWordKind.Label || word is { Kind: TimeWordKind.Deictic, Value: -1 } or { Kind: TimeWordKind.Ordinal, Value: 1 }
            || s.Equals("on", StringComparison.OrdinalIgnoreCase);
    }
}
