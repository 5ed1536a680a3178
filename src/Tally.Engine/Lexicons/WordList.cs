namespace Tally.Lexicons;

/// <summary>
/// A few words that a token is compared with ignoring case ("that", "which", "while" …), tested first by opening
/// and length (<see cref="WordOpenings"/>): most tokens are none of them, and comparing each with every word of a
/// long list was a large share of walking a noun phrase. Immutable and thread-safe.
/// </summary>
internal sealed class WordList
{
    private readonly string[] _words;
    private readonly WordOpenings _openings;

    public WordList(params string[] words)
    {
        _words = words;
        _openings = new WordOpenings(words);
    }

    public bool Contains(ReadOnlySpan<char> token)
    {
        if (!_openings.MayMatch(token)) return false;
        foreach (var word in _words)
            if (token.Length == word.Length && token.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
