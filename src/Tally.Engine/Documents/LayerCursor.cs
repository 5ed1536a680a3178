namespace Tally.Documents;

/// <summary>
/// Reads a layer sentence by sentence, for stages that walk a document's sentences in order: each request starts
/// where the one before it stopped, so all the sentences together read the layer once. Requests must come in text
/// order. Every stage assigns its layer in text order (sorted by start), which is all <see cref="Inside"/> needs;
/// <see cref="Touching"/> also needs the annotations not to overlap one another, as the Actors, Places and Dates
/// layers do not (each scan resumes after its match). The list a request returns is the cursor's own, refilled by the
/// next request: a stage reads one sentence's annotations at a time, and a list per sentence was garbage a sentence
/// later. One per document and layer; not thread-safe.
/// </summary>
internal sealed class LayerCursor<T>
{
    private readonly IReadOnlyList<T> _layer;

    // The annotations' spans, read once: the requests compare them without a call through the layer and the span
    // selector for every annotation they pass.
    private readonly TextSpan[] _spans;

    // The first annotation not starting before the last stretch asked about.
    private int _next;

    // What the last request found.
    private readonly List<T> _found = [];

    public LayerCursor(IReadOnlyList<T> layer, Func<T, TextSpan> span)
    {
        _layer = layer;
        _spans = new TextSpan[layer.Count];
        for (int i = 0; i < _spans.Length; i++) _spans[i] = span(layer[i]);
    }

    /// <summary>The annotations wholly inside <paramref name="stretch"/>, in layer order, until the next request.</summary>
    public List<T> Inside(TextSpan stretch)
    {
        MoveTo(stretch.Start);
        _found.Clear();
        for (int i = _next; i < _spans.Length && _spans[i].Start <= stretch.End; i++)
            if (_spans[i].End <= stretch.End) _found.Add(_layer[i]);
        return _found;
    }

    /// <summary>The annotations that overlap or touch <paramref name="stretch"/>, in layer order, until the next request.</summary>
    public List<T> Touching(TextSpan stretch)
    {
        MoveTo(stretch.Start);
        // Annotations do not overlap, so those starting before the stretch that reach it come just before.
        int first = _next;
        while (first > 0 && _spans[first - 1].End >= stretch.Start) first--;
        _found.Clear();
        for (int i = first; i < _spans.Length && _spans[i].Start <= stretch.End; i++)
            if (_spans[i].End >= stretch.Start) _found.Add(_layer[i]);
        return _found;
    }

    private void MoveTo(int position)
    {
        while (_next < _spans.Length && _spans[_next].Start < position) _next++;
    }
}
