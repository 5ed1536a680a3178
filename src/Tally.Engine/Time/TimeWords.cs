using System.Collections.Frozen;
using System.Globalization;
using Tally.Lexicons;

namespace Tally.Time;

/// <summary>What a word can do in a time expression (Lexicons/Data/time-words.tsv).</summary>
internal enum TimeWordKind : byte
{
    Month,
    MonthAbbreviation,
    Weekday,
    Day,
    Night,
    Unit,
    Deictic,
    Lookback,
    Count,
    Preposition,
    Modifier,
    DayPart,
    Ago,
    EventStart,
    Event,
    EventVerb,
    Label,
    Shift,
    End,
    Ordinal,
    SoFar,
    Comparison,
    Aside,
    Weekend,
    Period,
    Present,
    RunningTotal,
    Season,
}

/// <summary>The calendar units a relative expression counts in.</summary>
internal enum TimeUnit : byte
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Prepositions kept in a date's span; "since" and "between" also change what it means.</summary>
internal enum DatePreposition : byte
{
    None,
    Plain,
    Since,
    Between,
    /// <summary>"by", "as of": where a running count stood at that time, from a start the text does not give.</summary>
    By,
}

/// <summary>One lexicon entry: its kind and a number whose meaning depends on the kind.</summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value);

/// <summary>
/// The time words and known event dates, loaded once from the lexicon files into frozen maps that
/// look up a <see cref="ReadOnlySpan{T}"/> of the text without allocating. Thread-safe.
/// </summary>
internal static class TimeWords
{
    private static readonly FrozenDictionary<string, TimeWord> Words = Load();
    private static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // What time words open with and how long they are: a word no time word shares both with skips the hash probe.
    private static readonly WordOpenings Openings = new(Words.Keys);

    private static readonly FrozenDictionary<string, PartialDate> Events = LoadEvents();

    public static bool TryGet(ReadOnlySpan<char> word, out TimeWord entry)
    {
        if (!Openings.MayMatch(word))
        {
            entry = default;
            return false;
        }
        return WordLookup.TryGetValue(word, out entry);
    }

    /// <summary>Whether <paramref name="word"/> is a superlative, after which "since" compares instead of opening a period.</summary>
    public static bool IsComparison(ReadOnlySpan<char> word) => TryGet(word, out var entry) && entry.Kind == TimeWordKind.Comparison;

    /// <summary>Whether <paramref name="word"/> sets the figure after it apart as a part of another ("including 43").</summary>
    public static bool IsAside(ReadOnlySpan<char> word) => TryGet(word, out var entry) && entry.Kind == TimeWordKind.Aside;

    /// <summary>Whether <paramref name="word"/> brings a new running total before "to" and its figure ("bringing the toll to 300").</summary>
    public static bool IsRunningTotal(ReadOnlySpan<char> word) => TryGet(word, out var entry) && entry.Kind == TimeWordKind.RunningTotal;

    /// <summary>Whether <paramref name="word"/> is a month's name or its abbreviation, a full stop after it allowed ("Feb.").</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) =>
        TryGet(word.TrimEnd('.'), out var entry) && entry.Kind is TimeWordKind.Month or TimeWordKind.MonthAbbreviation;

    /// <summary>Whether <paramref name="word"/> names an event that a "since" period may start from ("war", "coup").</summary>
    public static bool IsEvent(ReadOnlySpan<char> word) => TryGet(word, out var entry) && entry.Kind == TimeWordKind.Event;

    /// <summary>
    /// The start of a named event ("full-scale invasion"), when the lexicon knows one for any story or for a
    /// story of <paramref name="country"/> ("war" in a Sudan story).
    /// </summary>
    public static bool TryGetEvent(string name, string? country, out PartialDate start) =>
        Events.TryGetValue(EventKey(name, "*"), out start) || country is not null && Events.TryGetValue(EventKey(name, country), out start);

    private static string EventKey(string name, string country) => string.Concat(name, "\t", country);

    private static FrozenDictionary<string, TimeWord> Load()
    {
        var map = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LexiconFile.Rows("time-words.tsv"))
        {
            var kind = row[1] switch
            {
                "month" => TimeWordKind.Month,
                "month-abbr" => TimeWordKind.MonthAbbreviation,
                "weekday" => TimeWordKind.Weekday,
                "day" => TimeWordKind.Day,
                "night" => TimeWordKind.Night,
                "unit" => TimeWordKind.Unit,
                "deictic" => TimeWordKind.Deictic,
                "lookback" => TimeWordKind.Lookback,
                "count" => TimeWordKind.Count,
                "prep" => TimeWordKind.Preposition,
                "modifier" => TimeWordKind.Modifier,
                "daypart" => TimeWordKind.DayPart,
                "ago" => TimeWordKind.Ago,
                "event-start" => TimeWordKind.EventStart,
                "event" => TimeWordKind.Event,
                "event-verb" => TimeWordKind.EventVerb,
                "label" => TimeWordKind.Label,
                "shift" => TimeWordKind.Shift,
                "end" => TimeWordKind.End,
                "ordinal" => TimeWordKind.Ordinal,
                "so-far" => TimeWordKind.SoFar,
                "comparison" => TimeWordKind.Comparison,
                "aside" => TimeWordKind.Aside,
                "weekend" => TimeWordKind.Weekend,
                "period" => TimeWordKind.Period,
                "present" => TimeWordKind.Present,
                "running-total" => TimeWordKind.RunningTotal,
                "season" => TimeWordKind.Season,
                _ => throw new InvalidOperationException($"[E006] time-words.tsv: unknown kind '{row[1]}' for '{row[0]}'."),
            };
            int value = kind switch
            {
                TimeWordKind.Unit => (int)Enum.Parse<TimeUnit>(row[2], ignoreCase: true),
                TimeWordKind.Preposition => (int)Enum.Parse<DatePreposition>(row[2], ignoreCase: true),
                _ => int.Parse(row[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            };
            map[row[0]] = new TimeWord(kind, value);
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, PartialDate> LoadEvents()
    {
        var map = new Dictionary<string, PartialDate>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LexiconFile.Rows("time-events.tsv"))
            map[EventKey(row[0], row[1])] = PartialDate.TryParse(row[2], out var date)
                ? date.Value
                : throw new InvalidOperationException($"[E006] time-events.tsv: '{row[2]}' is not a date.");
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
