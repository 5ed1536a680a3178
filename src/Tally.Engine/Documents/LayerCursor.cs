namespace Tally.Documents;

/// <summary>
/// Reads a layer sentence by sentence, for stages that walk a document's sentences in order: each request starts
/// where the one before it stopped, so all the sentences together read the layer once. Requests must come in text
/// order. Every stage assigns its layer in text order (sorted by start), which is all <see cref="Inside"/> needs;
/// <see cref="Touching"/> also needs the annotations not to overlap one another, as the Actors, Places and Dates
/// layers do not (each scan resumes after its match). One per document and layer; not thread-safe.
/// </summary>
internal sealed class LayerCursor<T>(IReadOnlyList<T> layer, Func<T, TextSpan> span)
{
    // The first annotation not starting before the last stretch asked about.
    private int _next;

    /// <summary>The annotations wholly inside <paramref name="stretch"/>, in layer order.</summary>
    public List<T> Inside(TextSpan stretch)
    {
        MoveTo(stretch.Start);
        var inside = new List<T>();
        for (int i = _next; i < layer.Count && span(layer[i]).Start <= stretch.End; i++)
            if (span(layer[i]).End <= stretch.End) inside.Add(layer[i]);
        return inside;
    }

    /// <summary>The annotations that overlap or touch <paramref name="stretch"/>, in layer order.</summary>
    public List<T> Touching(TextSpan stretch)
    {
        MoveTo(stretch.Start);
        // Annotations do not overlap, so those starting before the stretch that reach it come just before.
        int first = _next;
        while (first > 0 && span(layer[first - 1]).End >= stretch.Start) first--;
        var touching = new List<T>();
        for (int i = first; i < layer.Count && span(layer[i]).Start <= stretch.End; i++)
            if (span(layer[i]).End >= stretch.Start) touching.Add(layer[i]);
        return touching;
    }

    private void MoveTo(int position)
    {
        while (_next < layer.Count && span(layer[_next]).Start < position) _next++;
    }
}
