namespace Tally.Lexicons;

/// <summary>
/// A token compared with a lexicon or grammar word ignoring case, exactly as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares them, but without the call into the general comparison for the common case: both words ASCII, and most
/// tokens asked about differing from the word in their first character.
/// </summary>
internal static class WordComparison
{
    public static bool SameIgnoringCase(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length) return false;
        for (int k = 0; k < token.Length; k++)
        {
            uint a = token[k], b = word[k];
            if (a == b) continue;
            // Past ASCII, case has more rules than a bit: the general comparison decides from here on.
            if ((a | b) > 0x7F) return token[k..].Equals(word.AsSpan(k), StringComparison.OrdinalIgnoreCase);
            // Two ASCII characters are equal ignoring case only as the two cases of one letter.
            if ((a ^ b) != 0x20 || (a | 0x20) - 'a' > 'z' - 'a') return false;
        }
        return true;
    }
}
