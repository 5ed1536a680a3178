using Tally.Documents;
using Tally.Pipeline;

namespace Tally.Actors;

/// <summary>
/// Finds countries named in the text: names, demonyms, capitals and aliases from
/// <see cref="CountryLexicon"/>, the longest form at each word ("South Korean" before "Korea"), marking
/// those followed by a possessive ("Pyongyang's"). The mention's span excludes the "'s".
/// </summary>
public sealed class ActorStage : ITallyStage
{
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
            mentions.Add(new ActorMention(span, name.Code, name.Form, IsPossessive(text, pieces, i + n)));
            i += n;
        }
        doc.Actors = mentions;
    }

    /// <summary>Whether the piece at <paramref name="i"/> is a possessive "'s", or a bare "'" after a final s ("Philippines'").</summary>
    internal static bool IsPossessive(string text, ReadOnlySpan<TextSpan> pieces, int i)
    {
        if (i >= pieces.Length || pieces[i].Start != pieces[i - 1].End) return false;
        var piece = text.AsSpan(pieces[i].Start, pieces[i].Length);
        return piece is "'s" or "'S" || piece is "'" && text[pieces[i].Start - 1] is 's';
    }
}
