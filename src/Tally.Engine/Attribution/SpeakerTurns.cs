using System.Globalization;
using Tally.Actors;
using Tally.Documents;

namespace Tally.Attribution;

/// <summary>
/// The turns of a briefing transcript: paragraphs that open with a speaker's label in capitals and a colon
/// ("SECRETARY OF DEFENSE PETE HEGSETH:", "GEN. CAINE:", "SPOKESPERSON:", "Q:"). A turn runs from its label to the
/// next one, so a speaker's figures are theirs, and those they pass on from others pass through them; a question
/// has no speaker. Labels count only in a document with at least two of them, so a lone "UPDATE:" or
/// "CORRECTION:" opens no turn.
/// </summary>
internal static class SpeakerTurns
{
    private const int LongestLabel = 100;

    private static readonly HashSet<string> Questioners = new(StringComparer.Ordinal) { "Q", "QUESTION", "REPORTER", "QUESTIONER" };

    // A programme's host asks and sums up: "CLAIRE DONOVAN (PRESENTER):" has no figures of her own, like a questioner.
    private static readonly HashSet<string> HostRoles = new(StringComparer.OrdinalIgnoreCase) { "PRESENTER", "ANCHOR", "HOST", "INTERVIEWER", "MODERATOR" };

    // Words that join a role's parts ("SECRETARY OF DEFENSE") and stay lowercase in it.
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and" };

    /// <summary>
    /// Who speaks in each paragraph's turn (null in a question's turn, before the first label, or where the
    /// document has no turns), and the speakers named, in order of first label.
    /// </summary>
    public static (Source?[] ByParagraph, List<Source> Speakers) Of(TallyDocument doc, AttributionLexicon lex, string? home)
    {
        var paragraphs = doc.Paragraphs;
        var byParagraph = new Source?[paragraphs.Count];
        var speakers = new List<Source>();
        var labels = new string?[paragraphs.Count];
        int count = 0;
        for (int p = 0; p < paragraphs.Count; p++)
            if ((labels[p] = LabelAt(doc.Normalized, paragraphs[p].Span)) is not null) count++;
        if (count < 2) return (byParagraph, speakers);
        Source? speaker = null;
        var hosts = new List<string>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (labels[p] is { } label) speaker = Questioners.Contains(label) || IsHost(label, hosts) ? null : Speaker(label, lex, home, speakers);
            byParagraph[p] = speaker;
        }
        return (byParagraph, speakers);
    }

    /// <summary>
    /// Whether a label names the programme's host: by its role in brackets ("CLAIRE DONOVAN (PRESENTER)"), which
    /// is remembered, or by a name or surname a host's label gave before ("DONOVAN").
    /// </summary>
    private static bool IsHost(string label, List<string> hosts)
    {
        int open = label.IndexOf('(');
        if (open > 0 && HostRoles.Contains(label[(open + 1)..].TrimEnd(')').Trim()))
        {
            hosts.Add(label[..open].Trim());
            return true;
        }
        return hosts.Exists(h => h == label || h.EndsWith(" " + label, StringComparison.Ordinal));
    }

    /// <summary>
    /// The label opening a paragraph: capitals, dots, commas and hyphens, and a role in brackets ("ANIS AL-ASBAHI
    /// (HOUTHI-RUN HEALTH MINISTRY, BY TELEPHONE)"), up to a colon and a space.
    /// </summary>
    private static string? LabelAt(string text, TextSpan paragraph)
    {
        int limit = Math.Min(paragraph.End, paragraph.Start + LongestLabel);
        bool letter = false;
        for (int i = paragraph.Start; i < limit; i++)
        {
            char c = text[i];
            if (c == '(' && letter)
            {
                int close = text.IndexOf(')', i, limit - i);
                if (close < 0) return null;
                i = close;
                continue;
            }
            if (c == ':') return letter && i + 1 < paragraph.End && text[i + 1] == ' ' ? text[paragraph.Start..i].Trim() : null;
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return null;
                letter = true;
            }
            else if (c is not (' ' or '.' or ',' or '-' or '\'' or '\u2019')) return null;
        }
        return null;
    }

    /// <summary>
    /// The speaker a label names: the name is its last words that are no role or title ("PETE HEGSETH"), the role
    /// what comes before them or after a comma; a surname alone ("GEN. CAINE") is the speaker named in full before.
    /// </summary>
    private static Source Speaker(string label, AttributionLexicon lex, string? home, List<Source> speakers)
    {
        // "ANIS AL-ASBAHI (HOUTHI-RUN HEALTH MINISTRY, BY TELEPHONE)": the bracket gives the role, up to a comma
        // that says how they spoke.
        int open = label.IndexOf('(');
        if (open > 0)
        {
            var inside = label[(open + 1)..].TrimEnd(')');
            int aside = inside.IndexOf(',');
            label = label[..open].Trim() + ", " + (aside < 0 ? inside : inside[..aside]).Trim();
        }
        int comma = label.IndexOf(',');
        string head = comma < 0 ? label : label[..comma];
        string? apposition = comma < 0 ? null : label[(comma + 1)..].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int nameStart = words.Length;
        while (nameStart > 0 && !words[nameStart - 1].EndsWith('.') && lex.RoleOf(words[nameStart - 1]) is null && !Joiners.Contains(words[nameStart - 1]))
            nameStart--;
        string name = string.Join(' ', words[nameStart..].Select(Titled));
        string titles = RoleText(string.Join(' ', words[..nameStart].Where(w => !w.EndsWith('.'))));
        string? role = apposition is { Length: > 0 } ? RoleText(apposition) : titles.Length > 0 ? titles : null;
        if (name.Length == 0) name = role ?? Titled(label);
        else if (nameStart == words.Length - 1 && speakers.Find(s => s.Name.EndsWith(" " + name, StringComparison.Ordinal)) is { } named)
            return named;
        var speaker = new Source(name, role, SpeaksForNoSide(role, lex) ? null : home);
        speakers.Add(speaker);
        return speaker;
    }

    /// <summary>
    /// Whether a role names an international body ("UNHCR", "MSF"), not a national branch of one, or an expert's
    /// work ("analyst"): such a speaker speaks for no country, not for the story's.
    /// </summary>
    private static bool SpeaksForNoSide(string? role, AttributionLexicon lex)
    {
        if (role is null) return false;
        var words = role.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (lex.RoleOf(words[i]) == RoleUse.Expert) return true;
            foreach (var body in lex.Bodies.StartingWith(words[i]))
                if (body.Meaning.International && i + body.Words.Length <= words.Length
                    && body.Words.AsSpan().SequenceEqual(words.AsSpan(i, body.Words.Length), StringComparer.OrdinalIgnoreCase))
                    // "CHADIAN RED CROSS": an international body's national branch is its country's.
                    return i == 0 || CountryLexicon.Lookup(Titled(words[i - 1])) is null;
        }
        return false;
    }

    private static string RoleText(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => i > 0 && Joiners.Contains(w) ? w.ToLowerInvariant() : Titled(w)));

    /// <summary>"HEGSETH" as "Hegseth", "SECRETARY-GENERAL" as "Secretary-General".</summary>
    private static string Titled(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' or '\'') chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
        return new string(chars);
    }
}
