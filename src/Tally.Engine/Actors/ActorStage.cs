using Tally.Documents;
using Tally.Lexicons;
using Tally.Pipeline;

namespace Tally.Actors;

/// <summary>
/// Finds countries named in the text: names, demonyms, capitals and aliases from
/// <see cref="CountryLexicon"/>, the longest form at each word ("South Korean" before "Korea"), marking
/// those followed by a possessive ("Pyongyang's"). The mention's span excludes the "'s".
/// </summary>
public sealed class ActorStage : ITallyStage
{
    // Nouns after which a demonym names a language: "its French initials".
    private static readonly WordList LanguageNouns = new("initials", "acronym", "abbreviation", "name", "word", "words", "language", "translation", "spelling", "speakers", "subtitles");

    public string Name => "actors";
    public Layer Requires => Layer.Tokens;
    public Layer Assigns => Layer.Actors;

    public void Process(TallyDocument doc)
    {
        var text = doc.Normalized;
        var pieces = doc.WordPieces();
        var mentions = new List<ActorMention>();
        var matcher = CountryLexicon.Matcher;
        for (int i = 0; i < pieces.Length;)
        {
            // Most pieces are told apart without a call into the matcher.
            if (!matcher.MayStartAt(text, pieces[i]))
            {
                i++;
                continue;
            }
            int n = matcher.Match(text, pieces, i, out var name);
            if (n == 0) { i++; continue; }
            var span = new TextSpan(pieces[i].Start, pieces[i + n - 1].End);
            // "US$ 27.9 million", "HK$5bn": a currency's sign, not a side.
            bool currencySign = span.End < text.Length && text[span.End] == '$';
            if (!currencySign && !(name.Form == ActorForm.Demonym && IsLanguage(text, pieces, i, i + n)))
                mentions.Add(new ActorMention(span, name.Code, name.Form, IsPossessive(text, pieces, i + n)));
            i += n;
        }
        doc.Actors = mentions;
    }

    /// <summary>
    /// Whether a demonym names a language, not a side: "known by its French initials", "said in Russian, then
    /// in English".
    /// </summary>
    private static bool IsLanguage(string text, ReadOnlySpan<TextSpan> pieces, int first, int next)
    {
        if (next < pieces.Length && LanguageNouns.Contains(text.AsSpan(pieces[next].Start, pieces[next].Length))) return true;
        bool afterIn = first > 0 && text.AsSpan(pieces[first - 1].Start, pieces[first - 1].Length) is "in";
        return afterIn && (next >= pieces.Length || !char.IsLetter(text[pieces[next].Start]));
    }

    /// <summary>Whether the piece at <paramref name="i"/> is a possessive "'s", or a bare "'" after a final s ("Philippines'").</summary>
    internal static bool IsPossessive(string text, ReadOnlySpan<TextSpan> pieces, int i)
    {
        if (i >= pieces.Length || pieces[i].Start != pieces[i - 1].End) return false;
        var piece = text.AsSpan(pieces[i].Start, pieces[i].Length);
        return piece is "'s" or "'S" || piece is "'" && text[pieces[i].Start - 1] is 's';
    }
}
