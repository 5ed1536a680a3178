using System.Buffers;

namespace Tally.Text;

/// <summary>
/// Folds typographic variants to plain ASCII one character for one character (curly quotes to straight,
/// hyphens and en dashes to '-', exotic spaces to ' '), so that the normalised text has exactly the original's length
/// and every offset found in it points at the same characters in the text the user gave.
/// </summary>
public static class CharNormalizer
{
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        // An em dash separates clauses ("3,600 injuries—of which …"); folding it to '-' would join the words
        // around it into one hyphenated token, so it stays its own punctuation mark.
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' or '\t' => ' ',
        '\u2026' => '.',
        '\r' or '\u2028' or '\u2029' or '\u0085' => '\n',
        _ => c,
    };

    // Every character Fold changes, read off Fold itself once, so that Normalize finds them with a vectorised
    // search instead of calling Fold on each character: most text has few or none.
    private static readonly SearchValues<char> Foldable =
        SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(c => Fold(c) != c)]);

    /// <summary>The folded text, the same length as <paramref name="text"/>; the input itself when nothing changes.</summary>
    public static string Normalize(string text)
    {
        int first = text.AsSpan().IndexOfAny(Foldable);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (src, at) = state;
            src.CopyTo(dest);
            while (at >= 0)
            {
                dest[at] = Fold(dest[at]);
                int next = dest[(at + 1)..].IndexOfAny(Foldable);
                at = next < 0 ? -1 : at + 1 + next;
            }
        });
    }
}
