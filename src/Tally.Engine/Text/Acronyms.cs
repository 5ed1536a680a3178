using System.Text.RegularExpressions;

namespace Tally.Text;

/// <summary>
/// The name a text spells out for an acronym: "Arakan Army (AA)", "Bosphorus News Agency (BNA)". An acronym
/// alone later ("the AA said", a dateline's "(BNA)") goes by that name.
/// </summary>
public static class Acronyms
{
    /// <summary>Two to six capital letters: "AA", "BNA", "OCHA".</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6) return false;
        foreach (char c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// The words before "(<paramref name="acronym"/>)" in <paramref name="text"/> whose initials spell it, small
    /// linking words allowed between them, or null: "Kabul Police (AP)" is no expansion of AP.
    /// </summary>
    public static string? Expansion(string text, string acronym)
    {
        if (!IsAcronym(acronym)) return null;
        // Most acronyms a text uses it never spells out: a plain search rules them out before a pattern is built.
        if (!text.Contains("(" + acronym + ")", StringComparison.Ordinal)) return null;
        string word = @"\p{Lu}[\p{L}'-]*";
        try
        {
            var spelled = Regex.Match(text, $@"((?:{word}(?:\s+(?:of|the|and|for))*\s+){{{acronym.Length - 1}}}{word})\s+\({Regex.Escape(acronym)}\)",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (!spelled.Success) return null;
            var initials = string.Concat(spelled.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            return initials == acronym ? spelled.Groups[1].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
