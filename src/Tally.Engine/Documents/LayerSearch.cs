namespace Tally.Documents;

/// <summary>
/// Finds the annotations of a layer that lie in a stretch of text by binary search, for stages that ask
/// about phrases in no particular order: reading the whole layer for each was quadratic in the document.
/// Every stage assigns its layer in text order (sorted by start), which is all this needs.
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
}
