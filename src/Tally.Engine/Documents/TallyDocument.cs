using System.Globalization;
using System.Text;
using Tally.Actors;
using Tally.Attribution;
using Tally.Claims;
using Tally.Numbers;
using Tally.Places;
using Tally.Time;

namespace Tally.Documents;

/// <summary>How <see cref="TallyDocument.CharSpan"/> snaps a character range onto tokens.</summary>
public enum Alignment
{
    /// <summary>The range must start and end on token boundaries.</summary>
    Strict,
    /// <summary>Shrink to the tokens wholly inside the range.</summary>
    Contract,
    /// <summary>Grow to cover every token the range touches.</summary>
    Expand,
}

/// <summary>
/// One article and everything the pipeline learned about it, like spaCy's Doc: the original text,
/// never rewritten, plus layers of annotations that each stage assigns, all as <see cref="TextSpan"/>s
/// into <see cref="Text"/>. Reading a layer no stage assigned is a programmer error (E001).
/// Not thread-safe: one document belongs to one pipeline run at a time.
/// </summary>
public sealed class TallyDocument
{
    private string? _normalized;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Sentence>? _sentences;
    private Token[]? _tokens;
    private TextSpan[]? _wordPieces;
    private TokenRange[]? _sentenceTokens;
    private IReadOnlyList<NumberMention>? _numbers;
    private IReadOnlyList<TimeMention>? _dates;
    private IReadOnlyList<PlaceMention>? _places;
    private IReadOnlyList<ActorMention>? _actors;
    private IReadOnlyList<SourceMention>? _sources;
    private StoryCountry? _story;
    private IReadOnlyList<Claim>? _claims;

    public TallyDocument(string text, DocumentMetadata? metadata = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Metadata = metadata ?? new DocumentMetadata();
    }

    public string Text { get; }
    public DocumentMetadata Metadata { get; }

    /// <summary>
    /// <see cref="Text"/> with typography folded one character for one (curly quotes, dashes, odd spaces),
    /// so offsets into it are offsets into <see cref="Text"/>. Stages match against this.
    /// </summary>
    public string Normalized
    {
        get => _normalized ?? Text;
        set
        {
            _normalized = value.Length == Text.Length ? value : throw new ArgumentException("[E007] Normalised text must keep the original length.", nameof(value));
            _wordPieces = null;
        }
    }

    /// <summary>The layers assigned so far.</summary>
    public Layer Assigned { get; private set; }

    /// <summary>Doubts stages noted about this text; never exceptions.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public IReadOnlyList<Paragraph> Paragraphs { get => Get(_paragraphs, Layer.Paragraphs); set => _paragraphs = Set(value, Layer.Paragraphs); }
    public IReadOnlyList<Sentence> Sentences
    {
        get => Get(_sentences, Layer.Sentences);
        set
        {
            _sentences = Set(value, Layer.Sentences);
            _sentenceTokens = null;
        }
    }
    public IReadOnlyList<Token> Tokens
    {
        get => Get(_tokens, Layer.Tokens);
        set
        {
            // Kept as an array, whatever list is given: the pattern stages index tokens millions of times.
            _tokens = Set(value, Layer.Tokens) as Token[] ?? [.. value];
            _wordPieces = null;
            _sentenceTokens = null;
        }
    }
    public IReadOnlyList<NumberMention> Numbers { get => Get(_numbers, Layer.Numbers); set => _numbers = Set(value, Layer.Numbers); }
    public IReadOnlyList<TimeMention> Dates { get => Get(_dates, Layer.Dates); set => _dates = Set(value, Layer.Dates); }
    public IReadOnlyList<PlaceMention> Places
    {
        get => Get(_places, Layer.Places);
        set
        {
            _places = Set(value, Layer.Places);
            _story = null;
        }
    }
    public IReadOnlyList<ActorMention> Actors
    {
        get => Get(_actors, Layer.Actors);
        set
        {
            _actors = Set(value, Layer.Actors);
            _story = null;
        }
    }
    public IReadOnlyList<SourceMention> Sources { get => Get(_sources, Layer.Sources); set => _sources = Set(value, Layer.Sources); }
    public IReadOnlyList<Claim> Claims { get => Get(_claims, Layer.Claims); set => _claims = Set(value, Layer.Claims); }

    /// <summary>The <see cref="Tokens"/> as the array they are kept in, for the windows and scans of the stages.</summary>
    internal Token[] TokenArray => (Token[])Tokens;

    /// <summary>
    /// <see cref="Tokens"/> split at hyphens (<see cref="Tally.Text.WordPieces"/>), computed once for
    /// the stages that match names (actors, places) and recomputed if the tokens or text change.
    /// </summary>
    internal ReadOnlySpan<TextSpan> WordPieces() => _wordPieces ??= Tally.Text.WordPieces.Split(Normalized, Tokens);

    /// <summary>
    /// The tokens of each sentence, in sentence order: found once for the stages that read sentence by sentence
    /// (<see cref="Tally.Text.SentenceWindows"/>), which would otherwise each walk every token to find them.
    /// </summary>
    internal ReadOnlySpan<TokenRange> SentenceTokens() => _sentenceTokens ??= Tally.Text.SentenceWindows.TokenRanges(Sentences, Tokens);

    /// <summary>
    /// What the story says about countries (<see cref="StoryCountry"/>), counted once for the attribution and
    /// claim stages and counted again if the Places or Actors layer changes.
    /// </summary>
    internal StoryCountry Story() => _story ??= StoryCountry.Of(this);

    public bool Has(Layer layer) => (Assigned & layer) == layer;

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of a span as a string, for output; stages should prefer <see cref="Slice"/>.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// A span for a character range snapped to tokens, like spaCy's Doc.char_span; null when
    /// <see cref="Alignment.Strict"/> finds no token boundary there or nothing is left.
    /// </summary>
    public TextSpan? CharSpan(int start, int end, Alignment alignment = Alignment.Strict)
    {
        var tokens = Tokens;
        int first = -1, last = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Span;
            bool inside = t.Start >= start && t.End <= end;
            bool touches = t.Start < end && start < t.End;
            if (alignment == Alignment.Expand ? touches : inside)
            {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return null;
        var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
        if (alignment == Alignment.Strict && (span.Start != start || span.End != end)) return null;
        return span;
    }

    /// <summary>The index of the sentence containing a position, or -1.</summary>
    public int SentenceAt(int position)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = sentences[mid].Span;
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// One line per span of every assigned layer, for tests that compare annotations as text
    /// (<c>number  3,500  118-123</c>).
    /// </summary>
    public string DumpLayers()
    {
        var sb = new StringBuilder();
        void Line(string layer, TextSpan span, string? extra = null) =>
            sb.Append(CultureInfo.InvariantCulture, $"{layer,-9} {span,-11} \"{Visible(this[span])}\"{(extra is null ? "" : " " + extra)}\n");
        if (Has(Layer.Paragraphs)) foreach (var p in Paragraphs) Line("paragraph", p.Span);
        if (Has(Layer.Sentences)) foreach (var s in Sentences) Line("sentence", s.Span);
        if (Has(Layer.Numbers)) foreach (var n in Numbers) Line("number", n.Span, n.Describe());
        if (Has(Layer.Dates)) foreach (var d in Dates) Line("date", d.Span, $"{d.Start}..{d.End}");
        if (Has(Layer.Places)) foreach (var p in Places) Line("place", p.Span, p.Country);
        if (Has(Layer.Actors)) foreach (var a in Actors) Line("actor", a.Span, a.Country);
        if (Has(Layer.Sources)) foreach (var s in Sources) Line("source", s.Span, s.Source.Name);
        if (Has(Layer.Claims)) foreach (var c in Claims) Line("claim", c.Anchor, $"{c.Measure.Name()} {c.Figure.Value.Low}-{c.Figure.Value.High}");
        return sb.ToString();
    }

    private static string Visible(string s) => s.Replace("\n", "\\n").Replace("\t", "\\t");

    private IReadOnlyList<T> Get<T>(IReadOnlyList<T>? layer, Layer which) =>
        layer ?? throw new InvalidOperationException(TallyErrors.LayerMissing(CurrentStage ?? "caller", which));

    private IReadOnlyList<T> Set<T>(IReadOnlyList<T> value, Layer which)
    {
        ArgumentNullException.ThrowIfNull(value);
        Assigned |= which;
        return value;
    }

    /// <summary>The stage now running, for error messages.</summary>
    internal string? CurrentStage { get; set; }
}
