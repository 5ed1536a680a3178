using System.Runtime.CompilerServices;
using Tally.Documents;
using Tally.Lexicons;

namespace Tally.Text;

/// <summary>
/// The tokens of one sentence over the normalised text, with the cheap questions every pattern stage
/// asks of a token (its characters, is it this word, does it touch the next). A view: over the pipeline's
/// tokens it copies nothing.
/// Indices are document token indices; <see cref="Start"/>..<see cref="End"/> bound the sentence.
/// </summary>
public readonly struct TokenWindow
{
    // An array rather than the IReadOnlyList given: its indexer is no interface call, and the pattern stages
    // ask about tokens millions of times. Documents keep their tokens in one; any other list is copied.
    private readonly Token[] _tokens;

    // The token tests are inlined whatever their size: the rule methods that ask them are large, and past the JIT's
    // inlining budget for such a method each test was a call of its own (about 2% of the whole pipeline's time).

    public TokenWindow(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        Text = text;
        _tokens = tokens as Token[] ?? [.. tokens];
        Start = start;
        End = end;
    }

    public string Text { get; }
    public int Start { get; }
    public int End { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InRange(int i) => i >= Start && i < End;
    public Token this[int i] => _tokens[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TextSpan SpanOf(int i) => _tokens[i].Span;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Chars(int i) => Text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenKind Kind(int i) => _tokens[i].Kind;

    /// <summary>Whether token i exists in the sentence and equals <paramref name="word"/>, ignoring case.</summary>
    /// <remarks>
    /// Ignoring case never changes a length, and most tokens differ in length from the word asked about: the
    /// inlined length test answers those without the call into the case-insensitive comparison.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string word) => InRange(i) && Same(i, word);

    // Two to four words, the most a call asks about, each with an overload of its own: the params form makes each call
    // build an array on the stack and call a shared generic helper to view it, where these inline and compare with
    // each literal word, which the JIT unrolls.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAny(int i, string a, string b) => InRange(i) && (Same(i, a) || Same(i, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAny(int i, string a, string b, string c) => InRange(i) && (Same(i, a) || Same(i, b) || Same(i, c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAny(int i, string a, string b, string c, string d) => InRange(i) && (Same(i, a) || Same(i, b) || Same(i, c) || Same(i, d));

    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        if (!InRange(i)) return false;
        foreach (var w in words)
            if (Same(i, w)) return true;
        return false;
    }

    /// <summary>Whether token i exists in the sentence and is one of <paramref name="words"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsAny(int i, WordList words) => InRange(i) && words.Contains(Chars(i));

    /// <summary>Whether token i, known to be in the sentence, is <paramref name="word"/> ignoring case; the length first, inlined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Same(int i, string word) => _tokens[i].Span.Length == word.Length && Chars(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Word;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNumber(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Number;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int i, char c) => InRange(i) && _tokens[i].Kind == TokenKind.Punctuation && Text[_tokens[i].Span.Start] == c;

    /// <summary>Whether token i starts with a capital letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalised(int i) => InRange(i) && char.IsUpper(Text[_tokens[i].Span.Start]);

    /// <summary>Whether tokens i and i+1 touch with no space between them.</summary>
    public bool Touching(int i) => InRange(i) && InRange(i + 1) && _tokens[i].Span.End == _tokens[i + 1].Span.Start;

    /// <summary>The span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TextSpan Cover(int first, int last) => new(_tokens[first].Span.Start, _tokens[last].Span.End);

    /// <summary>The index of the token starting at or after <paramref name="offset"/> in this sentence, or <see cref="End"/>.</summary>
    public int IndexAt(int offset)
    {
        int lo = Start, hi = End;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_tokens[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the last token ending at or before <paramref name="offset"/>.</summary>
    public int LastIndexBefore(int offset) => IndexAt(offset) - 1;

    /// <summary>Whether tokens from <paramref name="i"/> spell <paramref name="words"/> in order.</summary>
    public bool Matches(int i, ReadOnlySpan<string> words)
    {
        for (int k = 0; k < words.Length; k++)
            if (!Is(i + k, words[k])) return false;
        return true;
    }

    /// <summary>Whether the tokens just before <paramref name="i"/> spell <paramref name="words"/>.</summary>
    public bool MatchesBefore(int i, ReadOnlySpan<string> words) => i - words.Length >= Start && Matches(i - words.Length, words);
}
