namespace Tally.Time;

/// <summary>
/// What a document has said about time so far, for the expressions that point back to it: the latest
/// period, night and day it named ("over the same period", "during the same night", "that day"), the
/// earliest date of the latest sentence that gave one ("since then"), and the dates it gave its events
/// ("the attack on Oct. 7", "the war began in October 2023") for a later "since the attack".
/// <see cref="DateStage"/> fills one per document, sentence by sentence, in text order; not thread-safe.
/// </summary>
internal sealed class Timeline
{
    private readonly Dictionary<string, PartialDate> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(TimeMention Mention, Extent Extent)> _named = [];
    private PartialDate? _sentenceEarliest;
    private PartialDate? _previousEarliest;

    /// <summary>The earliest date so far in this sentence, else in the latest sentence that gave one.</summary>
    public PartialDate? Then => _sentenceEarliest ?? _previousEarliest;

    /// <summary>The latest mention of that extent that <paramref name="fits"/> (any, without it); a "since" period counts as a period.</summary>
    public TimeMention? Latest(Extent extent, Func<TimeMention, bool>? fits = null)
    {
        for (int i = _named.Count - 1; i >= 0; i--)
            if (_named[i].Extent == extent && (fits is null || fits(_named[i].Mention))) return _named[i].Mention;
        return null;
    }

    /// <summary>When the text said the event named by <paramref name="noun"/> took place or began, if it did.</summary>
    public PartialDate? DateOf(string noun) => _events.TryGetValue(noun, out var date) ? date : null;

    public void StartSentence()
    {
        if (_sentenceEarliest is not null) _previousEarliest = _sentenceEarliest;
        _sentenceEarliest = null;
    }

    /// <summary>A start resolved in the current sentence.</summary>
    public void NoteStart(PartialDate start)
    {
        if (_sentenceEarliest is not { } earliest || start.CompareTo(earliest) < 0) _sentenceEarliest = start;
    }

    public void Note(TimeMention mention, Extent extent) => _named.Add((mention, extent));

    public void NoteEvent(string noun, PartialDate date) => _events[noun] = date;
}
