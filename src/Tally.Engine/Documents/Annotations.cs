namespace Tally.Documents;

/// <summary>A paragraph: a run of text between line breaks; a list item is one that starts with a bullet.</summary>
public readonly record struct Paragraph(TextSpan Span, int Index, bool ListItem = false);

/// <summary>A sentence inside one paragraph.</summary>
public readonly record struct Sentence(TextSpan Span, int Paragraph, int Index);

/// <summary>What a token is, enough for the pattern stages to walk a sentence without re-reading characters.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>Token indices [Start, End): the tokens of one sentence.</summary>
internal readonly record struct TokenRange(int Start, int End);

/// <summary>A word, a run of digits with separators, or one punctuation mark.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

/// <summary>A note that a stage doubted something; never an exception for odd text.</summary>
public sealed record Diagnostic(string Stage, TextSpan Span, string Message);
