namespace Tally.Documents;

/// <summary>
/// Finds the annotations of a layer that lie in a stretch of text by binary search, for stages that ask
/// about one sentence or phrase at a time: reading the whole layer for each was quadratic in the document.
/// Every stage assigns its layer in text order (sorted by start), which is all <see cref="FirstStartingAt"/>
/// and <see cref="Inside"/> need; <see cref="Touching"/> also needs the annotations not to overlap one
/// another, as the Actors, Places and Dates layers do not (each scan resumes after its match).
/// </summary>
internal static class LayerSearch
{
    /// <summary>The index of the first annotation starting at or after <paramref name="position"/>, or the layer's count.</summary>
    public static int FirstStartingAt<T>(IReadOnlyList<T> layer, Func<T, TextSpan> span, int position)
    {
        int lo = 0, hi = layer.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (span(layer[mid]).Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The annotations wholly inside <paramref name="stretch"/>, in layer order.</summary>
    public static List<T> Inside<T>(IReadOnlyList<T> layer, Func<T, TextSpan> span, TextSpan stretch)
    {
        var inside = new List<T>();
        for (int i = FirstStartingAt(layer, span, stretch.Start); i < layer.Count && span(layer[i]).Start <= stretch.End; i++)
            if (span(layer[i]).End <= stretch.End) inside.Add(layer[i]);
        return inside;
    }

    /// <summary>The annotations that overlap or touch <paramref name="stretch"/>, in layer order.</summary>
    public static List<T> Touching<T>(IReadOnlyList<T> layer, Func<T, TextSpan> span, TextSpan stretch)
    {
        int first = FirstStartingAt(layer, span, stretch.Start);
        // Annotations do not overlap, so those starting before the stretch that reach it come just before.
        while (first > 0 && span(layer[first - 1]).End >= stretch.Start) first--;
        var touching = new List<T>();
        for (int i = first; i < layer.Count && span(layer[i]).Start <= stretch.End; i++)
            if (span(layer[i]).End >= stretch.Start) touching.Add(layer[i]);
        return touching;
    }
}
