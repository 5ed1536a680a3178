using System.Text.RegularExpressions;

namespace Tally.Text;

/// <summary>
/// The name a text spells out for an acronym: "Arakan Army (AA)", "Bosphorus News Agency (BNA)". An acronym
/// alone later ("the AA said", a dateline's "(BNA)") goes by that name.
/// </summary>
public static class Acronyms
{
    /// <summary>
    /// The words before "(<paramref name="acronym"/>)" in <paramref name="text"/> whose initials spell it, small
    /// linking words allowed between them, or null: "Kabul Police (AP)" is no expansion of AP.
    /// </summary>
    public static string? Expansion(string text, string acronym)
    {
        if (acronym.Length is < 2 or > 6 || acronym.Any(c => !char.IsUpper(c))) return null;
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
