using System.Globalization;
using Tally.Documents;
using Tally.Text;

namespace Tally.Time;

/// <summary>
/// What the date grammar reads of one token before it parses: the token's time word, whether an expression may start
/// there (<see cref="DateParser.MayStartAt"/>), and where the hyphen is when a modifier is joined to the rest of the
/// token ("mid-June"), else 0.
/// </summary>
internal readonly record struct TokenTime(TimeWord? Word, bool MayStart, byte ModifierDash);

/// <summary>A time expression recognised over tokens [First, Next) of a <see cref="DateParser"/>.</summary>
/// <remarks><see cref="Standing"/>: after "by" or "as of" ("the toll rose to 41 by Thursday").</remarks>
internal readonly record struct DateMatch(int First, int Next, DateExpression Expression, bool Since, bool Standing = false);

/// <summary>
/// Recognises time expressions over one sentence's tokens, by recursive descent from a token index.
/// Words come from <see cref="TimeWords"/>; the small grammar words (the, of, to, and, that, same) are the
/// grammar's own. Never throws on odd text: what does not fit is simply not a match.
/// </summary>
/// <remarks>
/// Month and weekday names count only when capitalised, so "troops march" and "may send" are never
/// dates. A bare month or year ("May", "2024") also needs a cue before it (in, since, last, early ...)
/// because "May" opens sentences as a verb and "March" as a noun; with a day next to it, it needs none.
/// </remarks>
internal readonly ref struct DateParser
{
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly ReadOnlySpan<TokenTime> _read;

    /// <summary>
    /// A parser over <paramref name="tokens"/>, which reads each token once into <paramref name="read"/> (as long as
    /// the tokens): the grammar tries several rules at a token and asks about the same tokens again, and each
    /// lookup hashes the word.
    /// </summary>
    public DateParser(string text, ReadOnlySpan<Token> tokens, Span<TokenTime> read)
    {
        _text = text;
        _tokens = tokens;
        for (int i = 0; i < tokens.Length; i++) read[i] = Read(text, tokens[i]);
        _read = read[..tokens.Length];
    }

    private static TokenTime Read(string text, Token token)
    {
        if (token.Kind != TokenKind.Word) return new TokenTime(null, token.Kind == TokenKind.Number, 0);
        var s = text.AsSpan(token.Span.Start, token.Span.Length);
        TimeWord? word = TimeWords.TryGet(s, out var found) ? found : null;
        byte dash = ModifierDash(s);
        // A number, a word opening with a digit ("17th"), "the", "that", "as" (of), a time word or a joined modifier.
        bool mayStart = word is not null || char.IsAsciiDigit(s[0]) || dash > 0
            || s.Equals("the", StringComparison.OrdinalIgnoreCase) || s.Equals("that", StringComparison.OrdinalIgnoreCase)
            || s.Equals("as", StringComparison.OrdinalIgnoreCase);
        return new TokenTime(word, mayStart, dash);
    }

    /// <summary>Where the hyphen is in a word that joins a modifier to what it modifies ("mid-June", "early-2024"), else 0.</summary>
    private static byte ModifierDash(ReadOnlySpan<char> word)
    {
        int dash = WordPieces.HyphenIn(word);
        return dash > 0 && dash < word.Length - 1 && TimeWords.TryGet(word[..dash], out var modifier) && modifier.Kind == TimeWordKind.Modifier
            && dash <= byte.MaxValue ? (byte)dash : (byte)0;
    }

    /// <summary>
    /// Whether a time expression can start at token <paramref name="i"/>: a number, a word opening with a
    /// digit ("17th"), "the", "that", "as" (of) or a time word. <see cref="TryParse"/> finds nothing elsewhere,
    /// so a scan tests this first, answered from what the constructor read, instead of trying every rule.
    /// </summary>
    public bool MayStartAt(int i) => _read[i].MayStart;

    /// <summary>Reads a time expression, with any preposition before it, starting at token <paramref name="i"/>.</summary>
    public bool TryParse(int i, out DateMatch match)
    {
        match = default;
        int first = i;
        // "early on Sunday", "later on Sunday": the modifier joins the span.
        if (TryWord(i, out var lead) && lead.Kind is TimeWordKind.Modifier or TimeWordKind.Shift
            && TryWord(i + 1, out var after) && after.Kind == TimeWordKind.Preposition) i++;
        var preposition = DatePreposition.None;
        int core = i;
        // "as of 09:00", "as of Wednesday": where a running count stood at that moment.
        bool asOf = IsWord(i, "as") && IsWord(i + 1, "of");
        if (asOf)
        {
            preposition = DatePreposition.By;
            core = i + 2;
        }
        else if (TryWord(i, out var word) && word.Kind == TimeWordKind.Preposition)
        {
            preposition = (DatePreposition)word.Value;
            core = i + 1;
        }
        DateExpression expression;
        int next;
        if (asOf && TryClock(core, out next)) expression = new ClockTime();
        else if (!TryCore(core, preposition, out expression, out next)) return false;
        // "the deadliest month so far" bounds the comparison, not a figure.
        if (expression is SoFar && AfterComparison(first)) return false;
        // "the insurgency, which began in October 2017, has killed 5,000": the start of a period running since.
        bool since = preposition == DatePreposition.Since || preposition == DatePreposition.Plain && AfterEventVerb(first);
        if (since && AfterComparison(first))
        {
            // "the highest monthly toll since September 2024" compares with a date; it opens no period.
            if (expression is EventStart) return false;
            since = false;
            first = core;
        }
        match = new DateMatch(first, next, expression, since, preposition == DatePreposition.By);
        return true;
    }

    /// <summary>Whether "began", "started", "erupted" or "broke out" ends just before token <paramref name="i"/>.</summary>
    private bool AfterEventVerb(int i) =>
        TryWord(i - 1, out var verb) && verb.Kind == TimeWordKind.EventVerb
        || IsWord(i - 1, "out") && TryWord(i - 2, out verb) && verb.Kind == TimeWordKind.EventVerb;

    /// <summary>Whether a superlative stands in the few words before token <paramref name="i"/> ("the largest since").</summary>
    public bool AfterComparison(int i)
    {
        for (int k = Math.Max(0, i - 4); k < i; k++)
            if (TryWord(k, out var word) && word.Kind == TimeWordKind.Comparison) return true;
        return false;
    }

    /// <summary>
    /// Whether the "since" at token <paramref name="i"/> may open a period with a clause ("since the United
    /// States began its campaign on March 15"): not the adverb ("have since challenged"), not "since when",
    /// and not a comparison ("the highest toll since the insurgency spread").
    /// </summary>
    public bool OpensSinceClause(int i) =>
        IsSince(i) && !IsAny(i + 1, "then", "when", "been") && !IsAny(i - 1, "have", "has", "had", "having") && !AfterComparison(i);

    /// <summary>Whether token <paramref name="i"/> is "since".</summary>
    public bool IsSince(int i) => IsWord(i, "since");

    /// <summary>
    /// Whether a clause ends between tokens <paramref name="from"/> and <paramref name="to"/>, both excluded: a
    /// comma, colon, semicolon, bracket, quote or dash.
    /// </summary>
    public bool ClauseBreakBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (_tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Span.Start] is ',' or ';' or ':' or '(' or ')' or '"' or '\u2014' or '\u2013') return true;
        return false;
    }

    /// <summary>The noun of an event ("war", "attack", "coup") at token <paramref name="i"/>, lower case, or null.</summary>
    public string? EventAt(int i) => TryWord(i, out var word) && word.Kind == TimeWordKind.Event ? EventNoun(i) : null;

    /// <summary>
    /// A date written out with its year at token <paramref name="i"/>, after an optional weekday
    /// ("Monday, 3 March 2025", "Mar. 3, 2025", "2025-03-03"): what a publication line carries.
    /// </summary>
    public bool TryFullDate(int i, out PartialDate date, out int next)
    {
        date = default;
        if (TryName(i, TimeWordKind.Weekday, out _)) i += IsPunct(i + 1, ',') ? 2 : 1;
        if (!TryPoint(i, out var point, out next) || point.Year == 0 || !point.HasDay
            || !PartialDate.IsValid(point.Year, point.Month, point.Day)) return false;
        date = PartialDate.OfDay(point.Year, point.Month, point.Day);
        return true;
    }

    private bool TryCore(int i, DatePreposition preposition, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        bool cued = preposition != DatePreposition.None || TryHyphened(i, out _);
        while (TryWord(i, out var modifier) && modifier.Kind is TimeWordKind.Modifier or TimeWordKind.Shift)
        {
            cued = true;
            i++;
        }
        if (i >= _tokens.Length) return false;

        if (TryWord(i, out var word))
        {
            // "later this month", "later today": still ahead at publication, so no time a reported figure holds;
            // the scan, moving on to "this month", meets the same test.
            if (word is { Kind: TimeWordKind.Deictic or TimeWordKind.Day, Value: >= 0 } && TryWord(i - 1, out var before)
                && before is { Kind: TimeWordKind.Shift, Value: > 0 }) return false;
            switch (word.Kind)
            {
                case TimeWordKind.Day:
                    expression = new DayOffset(word.Value, word.Value);
                    next = SkipDayPart(i + 1);
                    return true;
                case TimeWordKind.Night:
                    expression = new Overnight();
                    next = i + 1;
                    return true;
                case TimeWordKind.Present:
                    expression = new Present();
                    next = i + 1;
                    return true;
                case TimeWordKind.Weekday when Capitalised(i):
                    // "Sunday, December 17": the written date decides; the weekday only joins the span.
                    int after = IsPunct(i + 1, ',') ? i + 2 : i + 1;
                    if (TryExplicit(after, preposition, cued: true, out expression, out next)
                        && expression is ExplicitDate { From.HasDay: true }) return true;
                    next = SkipDayPart(i + 1);
                    DayOfWeek? through = null;
                    // "on Monday and Tuesday", "on Sunday night and Monday": a run of days.
                    if ((IsWord(next, "and") || IsWord(next, "to") || IsWord(next, "through") || IsPunct(next, '-'))
                        && TryName(next + 1, TimeWordKind.Weekday, out int last))
                    {
                        through = (DayOfWeek)last;
                        next = SkipDayPart(next + 2);
                    }
                    expression = new WeekdayDate((DayOfWeek)word.Value, StrictlyBefore: false, through) { Ahead = FutureBefore(i) };
                    return true;
                // "set to last 42 days", "will last a week": the verb, not "the last 42 days".
                case TimeWordKind.Deictic when word.Value < 0 && IsAny(i - 1, "to", "will", "would", "could", "may", "might", "can", "should"):
                    return false;
                case TimeWordKind.Deictic:
                    return TryDeictic(i + 1, word.Value, out expression, out next);
                case TimeWordKind.Lookback:
                    return TryLookback(i + 1, out expression, out next);
                case TimeWordKind.Count:
                    return TryAgo(i, out expression, out next);
                case TimeWordKind.Unit when word.Value == (int)TimeUnit.Hour && TryWord(i + 1, out var shift) && shift.Kind == TimeWordKind.Shift:
                    // "hours later": the same day, whatever the count.
                    expression = new Shifted(TimeUnit.Hour, 0, shift.Value);
                    next = i + 2;
                    return true;
                case TimeWordKind.SoFar when IsWord(i + 1, "far"):
                    bool thisYear = TryWord(i + 2, out var deictic) && deictic is { Kind: TimeWordKind.Deictic, Value: 0 }
                        && TryUnit(i + 3, out var unit) && unit == TimeUnit.Year;
                    expression = new SoFar(thisYear);
                    next = thisYear ? i + 4 : i + 2;
                    return true;
            }
            return TryExplicit(i, preposition, cued, out expression, out next);
        }
        if (IsWord(i, "the") || IsWord(i, "that"))
        {
            if (TryBackReference(i, preposition, out expression, out next)) return true;
            if (!IsWord(i, "the")) return false;
            // "on the night of 14 March": the night that ends on that day, as "overnight" is.
            if (IsWord(i + 1, "night") && IsWord(i + 2, "of") && TryExplicit(i + 3, preposition, cued: true, out var day, out next))
            {
                expression = new NightOf(day);
                return true;
            }
            if (TryWeekend(i + 1, strictlyBefore: false, out expression, out next)) return true;
            if (TryUnitBefore(i + 1, out expression, out next)) return true;
            if (TryPartOf(i + 1, out expression, out next)) return true;
            if (TryWord(i + 1, out var then) && (then.Kind == TimeWordKind.Lookback || then is { Kind: TimeWordKind.Deictic, Value: -1 }))
                return TryLookback(i + 2, out expression, out next);
            return preposition == DatePreposition.Since && TrySinceEvent(i + 1, out expression, out next);
        }
        if (preposition == DatePreposition.Since && IsWord(i, "then"))
        {
            expression = new Then();
            next = i + 1;
            return true;
        }
        return TryAgo(i, out expression, out next) || TryExplicit(i, preposition, cued, out expression, out next)
            || (preposition == DatePreposition.Since && TrySinceEvent(i, out expression, out next));
    }

    /// <summary>After "this", "last" or "next": a unit, a month, a weekday, a part of the day, or a count of units.</summary>
    private bool TryDeictic(int i, int offset, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i + 1;
        if (offset == -1 && TryCount(i, out int count) && TryUnit(i + 1, out var counted))
        {
            expression = new Lookback(counted, count);
            next = i + 2;
            return true;
        }
        if (TryUnit(i, out var unit) && unit >= TimeUnit.Week)
        {
            expression = new CalendarUnit(unit, offset);
            return true;
        }
        // Forward references ("next Sunday", "next morning") are left alone: figures report what happened.
        if (offset > 0) return false;
        if (TryWeekend(i, strictlyBefore: offset < 0, out expression, out next)) return true;
        if (TryWord(i, out var season) && season.Kind == TimeWordKind.Season)
        {
            expression = new Season(season.Value, Last: offset < 0);
            return true;
        }
        if (TryMonth(i, out int month, out next))
        {
            expression = new ExplicitDate(new DatePoint(0, month, 0)) { StrictlyBefore = offset < 0 };
            return true;
        }
        if (TryName(i, TimeWordKind.Weekday, out int weekday))
        {
            expression = new WeekdayDate((DayOfWeek)weekday, StrictlyBefore: offset < 0);
            next = SkipDayPart(i + 1);
            return true;
        }
        if (TryWord(i, out var part) && part.Kind == TimeWordKind.DayPart)
        {
            expression = new DayOffset(offset, offset);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A time named before, from its determiner at <paramref name="i"/>: "the same period", "the same 24 hours",
    /// "the same night", "the same day", "that day", "that night", "the period" and, after a preposition of
    /// duration, "that time" ("during that time"; "at that time" is a moment). "the period of ..." names a
    /// period of its own, and "the same time" means "simultaneously".
    /// </summary>
    private bool TryBackReference(int i, DatePreposition preposition, out DateExpression expression, out int next)
    {
        expression = null!;
        bool same = IsWord(i, "the") && IsWord(i + 1, "same");
        int noun = same ? i + 2 : i + 1;
        next = noun + 1;
        if (same && TryCount(noun, out int count) && TryUnit(noun + 1, out var counted))
        {
            expression = new BackReference(Extent.Period, counted, count);
            next = noun + 2;
            return true;
        }
        Extent extent;
        if (TryUnit(noun, out var unit) && (same || unit == TimeUnit.Day && IsWord(i, "that")))
            extent = unit is TimeUnit.Day or TimeUnit.Hour ? Extent.Day : Extent.Period;
        else if (TryWord(noun, out var word) && word.Kind == TimeWordKind.DayPart && (same || IsWord(i, "that")))
            extent = IsWord(noun, "night") ? Extent.Night : Extent.Day;
        else if (TryWord(noun, out word) && word.Kind == TimeWordKind.Period && !IsAny(noun + 1, "of", "from", "between", "when", "before", "after", "until")
            && (word.Value > 0 || preposition != DatePreposition.None && IsWord(i, "that") && !IsAny(i - 1, "at", "by")))
            extent = Extent.Period;
        else return false;
        expression = new BackReference(extent);
        return true;
    }

    /// <summary>
    /// Whether the clause before token <paramref name="i"/> speaks of the future ("troops will be sent on Sunday",
    /// "talks are due to resume on Monday"): a weekday then is the coming one.
    /// </summary>
    private bool FutureBefore(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 8 && _tokens[k].Kind != TokenKind.Punctuation; k--)
            if (IsAny(k, "will", "'ll", "shall") || IsAny(k, "due", "scheduled", "expected", "set") && IsWord(k + 1, "to")) return true;
        return false;
    }

    /// <summary>"weekend" after "the", "this" or "last": the latest Saturday and Sunday, strictly before publication after "last".</summary>
    private bool TryWeekend(int i, bool strictlyBefore, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i + 1;
        if (!TryWord(i, out var word) || word.Kind != TimeWordKind.Weekend) return false;
        expression = new WeekdayDate(DayOfWeek.Saturday, strictlyBefore, Through: DayOfWeek.Sunday);
        return true;
    }

    /// <summary>After "the past", "the last", "previous": an optional count and a unit, ending on publication.</summary>
    private bool TryLookback(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        if (!TryCount(i, out int count)) count = 1;
        else i++;
        next = i + 1;
        if (!TryUnit(i, out var unit)) return false;
        expression = new Lookback(unit, count);
        return true;
    }

    /// <summary>
    /// After "the": "year before", "day after", "week before": one unit from the time just named ("3,030 the year
    /// before" after "in 2024" is 2023). Not before a noun phrase: "the day before the attack" counts from the attack.
    /// </summary>
    private bool TryUnitBefore(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i + 2;
        if (!TryUnit(i, out var unit) || unit == TimeUnit.Hour || !IsAny(i + 1, "before", "after")) return false;
        if (IsAny(i + 2, "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those")
            || i + 2 < _tokens.Length && _tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i + 2].Span.Start])) return false;
        expression = new Shifted(unit, 1, IsWord(i + 1, "before") ? -1 : 1);
        return true;
    }

    /// <summary>"three days ago", "a week ago"; "a day earlier", "two weeks later".</summary>
    private bool TryAgo(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i + 3;
        if (!TryCount(i, out int count) || !TryUnit(i + 1, out var unit) || !TryWord(i + 2, out var word)) return false;
        if (word.Kind == TimeWordKind.Shift)
        {
            expression = new Shifted(unit, count, word.Value);
            return true;
        }
        if (unit == TimeUnit.Hour || word.Kind != TimeWordKind.Ago) return false;
        expression = new Ago(unit, count);
        return true;
    }

    /// <summary>
    /// After "the": "start of January", "end of the year", "beginning of 2025", "first week of April",
    /// "last week of March", with "this year", "last year" or a year allowed after a month.
    /// </summary>
    private bool TryPartOf(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        PeriodPart part;
        int week = 0;
        if (TryWord(i, out var word) && word.Kind is TimeWordKind.EventStart or TimeWordKind.End && IsWord(i + 1, "of"))
        {
            part = word.Kind == TimeWordKind.End ? PeriodPart.End : PeriodPart.Start;
            i += 2;
        }
        else if (TryWord(i, out word) && (word.Kind == TimeWordKind.Ordinal || word is { Kind: TimeWordKind.Deictic, Value: -1 })
            && TryUnit(i + 1, out var unit) && unit == TimeUnit.Week && IsWord(i + 2, "of"))
        {
            part = PeriodPart.Week;
            week = word.Kind == TimeWordKind.Ordinal ? word.Value : 0;
            i += 3;
        }
        else return false;

        DatePoint target;
        int? yearOffset = null;
        if (TryMonth(i, out int month, out next))
        {
            target = new DatePoint(TryYear(next, out int year) ? year : 0, month, 0);
            if (target.Year != 0) next++;
            else if (TryYearOffset(next, out int offset))
            {
                yearOffset = offset;
                next += 2;
            }
        }
        else if (part == PeriodPart.Week) return false;
        else if (TryYear(i, out int year))
        {
            target = new DatePoint(year, 0, 0);
            next = i + 1;
        }
        else if (IsWord(i, "the") && TryUnit(i + 1, out var unit) && unit == TimeUnit.Year)
        {
            target = default;
            next = i + 2;
        }
        else if (TryYearOffset(i, out int offset))
        {
            target = default;
            yearOffset = offset;
            next = i + 2;
        }
        else return false;
        expression = new PartOf(part, week, target, yearOffset);
        return true;
    }

    /// <summary>A time of day, "09:00" or "9:30", read as its three touching tokens.</summary>
    private bool TryClock(int i, out int next)
    {
        next = i + 3;
        return i + 2 < _tokens.Length && _tokens[i].Kind == TokenKind.Number && _tokens[i].Span.Length <= 2 && IsPunct(i + 1, ':')
            && _tokens[i + 2].Kind == TokenKind.Number && _tokens[i + 2].Span.Length == 2
            && _tokens[i + 1].Span.Start == _tokens[i].Span.End && _tokens[i + 2].Span.Start == _tokens[i + 1].Span.End;
    }

    /// <summary>"this year" (0) or "last year" (-1) at token <paramref name="i"/>.</summary>
    private bool TryYearOffset(int i, out int offset)
    {
        offset = 0;
        if (!TryWord(i, out var deictic) || deictic.Kind != TimeWordKind.Deictic || !TryUnit(i + 1, out var unit) || unit != TimeUnit.Year) return false;
        offset = deictic.Value;
        return true;
    }

    /// <summary>
    /// After "since" or "since the": "start of the full-scale invasion", "war began", "Russia's full-scale invasion,". The
    /// event's start is known only when the lexicon names it.
    /// </summary>
    private bool TrySinceEvent(int i, out DateExpression expression, out int next)
    {
        expression = null!;
        next = i;
        bool opening = false;
        if (TryWord(i, out var start) && start.Kind == TimeWordKind.EventStart && IsWord(i + 1, "of"))
        {
            opening = true;
            i += IsWord(i + 2, "the") ? 3 : 2;
        }
        int k = i, limit = Math.Min(_tokens.Length, i + 4);
        while (k < limit && !(TryWord(k, out var e) && e.Kind == TimeWordKind.Event))
        {
            if (_tokens[k].Kind != TokenKind.Word) return false;
            k++;
        }
        if (k == limit) return false;
        next = k + 1;
        if (TryWord(next, out var verb) && verb.Kind == TimeWordKind.EventVerb) next += IsWord(next + 1, "out") ? 2 : 1;
        else if (!opening && next < _tokens.Length && _tokens[next].Kind != TokenKind.Punctuation) return false;

        PartialDate? known = null;
        if (k > i && TimeWords.TryGetEvent(string.Concat(Slice(k - 1), " ", Slice(k)), country: null, out var date)) known = date;
        expression = new EventStart(known, EventNoun(k));
        return true;
    }

    /// <summary>
    /// A written date or range: "December 17", "17 December 2024", "February 23-26", "23-26 February",
    /// "between March 1 and 3", "January and February of this year", "2022-2024".
    /// </summary>
    private bool TryExplicit(int i, DatePreposition preposition, bool cued, out DateExpression expression, out int next)
    {
        expression = null!;
        if (!TryPoint(i, out var from, out next))
        {
            // A bare day before a range connector takes its month from the second half ("23-26 February"); a night
            // over two days may be written with a slash ("the night of 18/19 March").
            if (!TryDay(i, out int day) || !IsConnector(i + 1, preposition, from) && !IsPunct(i + 1, '/')
                || !TryPoint(i + 2, out var end, out next) || !end.HasDay) return false;
            expression = new ExplicitDate(new DatePoint(0, 0, day), end);
            return true;
        }
        var to = from;
        if (IsConnector(next, preposition, from))
        {
            if (TryPoint(next + 1, out var second, out int after) && SameShape(from, second))
            {
                to = second;
                next = after;
            }
            else if (from.HasDay && TryDay(next + 1, out int day))
            {
                next += 2;
                to = new DatePoint(TryYearAfterComma(ref next), 0, day);
            }
        }
        if ((from.NeedsCue || to.NeedsCue) && !cued) return false;

        // "in January and February of this year", "of 2024", "since October last year".
        int? yearOffset = null;
        if (from.Year == 0 && to.Year == 0)
        {
            int of = IsWord(next, "of") ? next + 1 : next;
            if (TryYearOffset(of, out int offset))
            {
                yearOffset = offset;
                next = of + 2;
            }
            else if (of > next && TryYear(of, out int year))
            {
                to = to with { Year = year };
                next = of + 1;
            }
        }
        expression = new ExplicitDate(from, to, yearOffset);
        return true;
    }

    /// <summary>One written date: ISO, numeric ("28.10.2024", "30/11/2025"), month [day] [, year], day [of] month [year], or a year.</summary>
    private bool TryPoint(int i, out DatePoint point, out int next)
    {
        point = default;
        next = i;
        if (TryIso(i, out point, out next) || TryNumeric(i, out point, out next)) return true;
        if (TryMonth(i, out int month, out next))
        {
            if (TryDay(next, out int day))
            {
                next++;
                point = new DatePoint(TryYearAfterComma(ref next), month, day);
            }
            else if (TryYear(next, out int year))
            {
                next++;
                point = new DatePoint(year, month, 0);
            }
            else point = new DatePoint(0, month, 0);
            return true;
        }
        if (TryDay(i, out int d))
        {
            int j = IsWord(i + 1, "of") ? i + 2 : i + 1;
            if (!TryMonth(j, out month, out next)) return false;
            int y = TryYear(next, out int year) ? year : 0;
            if (y != 0) next++;
            point = new DatePoint(y, month, d);
            return true;
        }
        if (TryYear(i, out int alone))
        {
            point = new DatePoint(alone, 0, 0);
            next = i + 1;
            return true;
        }
        if (TryHyphened(i, out var rest) && rest.Length == 4
            && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out alone) && alone is >= 1900 and <= 2099)
        {
            point = new DatePoint(alone, 0, 0);
            next = i + 1;
            return true;
        }
        return false;
    }

    /// <summary>"2024-10-17", read from the characters since the tokenizer splits it at the dashes.</summary>
    private bool TryIso(int i, out DatePoint point, out int next)
    {
        point = default;
        next = i;
        if (i >= _tokens.Length || _tokens[i].Kind != TokenKind.Number || _tokens[i].Span.Length != 4) return false;
        int start = _tokens[i].Span.Start;
        if (!TryReadIso(_text.AsSpan(start), out int year, out int month, out int day, out int length)) return false;
        next = i + 1;
        while (next < _tokens.Length && _tokens[next].Span.End <= start + length) next++;
        // A token running past the date ("03T10:45") would put the span off a token boundary.
        if (_tokens[next - 1].Span.End != start + length) return false;
        point = new DatePoint(year, month, day);
        return true;
    }

    /// <summary>
    /// A day, month and year in digits: "28.10.2024" (one token; dots are written day first, as in Europe and
    /// Turkey) or "30/11/2025" (five touching tokens). A slashed date is read day first or month first only when
    /// one of its first two numbers exceeds 12: "04/11/2025" is left unread rather than guessed.
    /// </summary>
    private bool TryNumeric(int i, out DatePoint point, out int next)
    {
        point = default;
        next = i + 1;
        if (i >= _tokens.Length || _tokens[i].Kind != TokenKind.Number) return false;
        var s = Slice(i);
        int first, second, year;
        if (s.Length is >= 8 and <= 10 && s[^5] == '.' && s.IndexOf('.') is var dot and (1 or 2) && dot + 1 < s.Length - 5)
        {
            if (!int.TryParse(s[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out first)
                || !int.TryParse(s[(dot + 1)..^5], NumberStyles.None, CultureInfo.InvariantCulture, out second)
                || s.Length - 5 - (dot + 1) > 2
                || !int.TryParse(s[^4..], NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
        }
        else
        {
            next = i + 5;
            if (!(s.Length <= 2 && TouchingPunct(i, '/') && TryDigits(i + 2, 2, out second) && TouchingPunct(i + 2, '/') && TryDigits(i + 4, 4, out year)
                && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out first))) return false;
            if (first <= 12 && second <= 12) return false;
            if (second > 12) (first, second) = (second, first);
        }
        if (year is < 1900 or > 2099 || second is < 1 or > 12 || !PartialDate.IsValid(year, second, first)) return false;
        point = new DatePoint(year, second, first);
        return true;
    }

    /// <summary>Whether token <paramref name="k"/> is followed, with nothing between, by the punctuation <paramref name="c"/> and a number.</summary>
    private bool TouchingPunct(int k, char c) => IsPunct(k + 1, c) && k + 2 < _tokens.Length
        && _tokens[k + 1].Span.Start == _tokens[k].Span.End && _tokens[k + 2].Span.Start == _tokens[k + 1].Span.End;

    /// <summary>A number token of at most <paramref name="maxDigits"/> digits.</summary>
    private bool TryDigits(int k, int maxDigits, out int value)
    {
        value = 0;
        return k < _tokens.Length && _tokens[k].Kind == TokenKind.Number && _tokens[k].Span.Length <= maxDigits
            && int.TryParse(Slice(k), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads "YYYY-MM-DD" at the start of <paramref name="s"/>, not followed by another digit; the day is
    /// not checked against the month, so the caller can tell "2024-02-30" from a non-date.
    /// </summary>
    internal static bool TryReadIso(ReadOnlySpan<char> s, out int year, out int month, out int day, out int length)
    {
        year = month = day = 0;
        length = 10;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || (s.Length > 10 && char.IsAsciiDigit(s[10]))) return false;
        return int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(s.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
            && int.TryParse(s.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)
            && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>Whether the token joins two halves of a range: "-", to, through, until, or "and" after between or a bare month or year.</summary>
    private bool IsConnector(int i, DatePreposition preposition, DatePoint from) =>
        IsPunct(i, '-') || IsWord(i, "to") || IsWord(i, "through") || IsWord(i, "until")
        || (IsWord(i, "and") && (preposition == DatePreposition.Between || from.NeedsCue));

    /// <summary>Both halves of a range give the same parts: days with days, months with months, years with years.</summary>
    private static bool SameShape(DatePoint a, DatePoint b) =>
        a.HasDay == b.HasDay && (a.Month == 0) == (b.Month == 0);

    private int TryYearAfterComma(ref int i)
    {
        int at = IsPunct(i, ',') ? i + 1 : i;
        if (!TryYear(at, out int year)) return 0;
        i = at + 1;
        return year;
    }

    private bool TryMonth(int i, out int month, out int next)
    {
        next = i + 1;
        if (TryName(i, TimeWordKind.Month, out month)) return true;
        if (TryHyphened(i, out var rest) && char.IsUpper(rest[0]) && TimeWords.TryGet(rest, out var named) && named.Kind == TimeWordKind.Month)
        {
            month = named.Value;
            return true;
        }
        if (!TryName(i, TimeWordKind.MonthAbbreviation, out month)) return false;
        // "Dec.", "Dec 17" or "17 Dec"; a bare "Jan" is more often a name.
        if (IsPunct(i + 1, '.') && _tokens[i + 1].Span.Start == _tokens[i].Span.End) next = i + 2;
        else if ((i + 1 >= _tokens.Length || _tokens[i + 1].Kind != TokenKind.Number) && !(i > 0 && TryDay(i - 1, out _))) return false;
        return true;
    }

    /// <summary>A capitalised month or weekday name of the given kind.</summary>
    private bool TryName(int i, TimeWordKind kind, out int value)
    {
        value = 0;
        if (!TryWord(i, out var word) || word.Kind != kind || !Capitalised(i)) return false;
        value = word.Value;
        return true;
    }

    /// <summary>1 to 31 as "17" or "17th".</summary>
    private bool TryDay(int i, out int day)
    {
        day = 0;
        if (i >= _tokens.Length) return false;
        var s = Slice(i);
        if (_tokens[i].Kind == TokenKind.Word && s.Length is 3 or 4 && s[^2..] is "st" or "nd" or "rd" or "th") s = s[..^2];
        else if (_tokens[i].Kind != TokenKind.Number) return false;
        return s.Length <= 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    /// <summary>A four-digit year from 1900 to 2099; other four-digit numbers are more likely counts.</summary>
    private bool TryYear(int i, out int year)
    {
        year = 0;
        return i < _tokens.Length && _tokens[i].Kind == TokenKind.Number && _tokens[i].Span.Length == 4
            && int.TryParse(Slice(i), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2099;
    }

    /// <summary>A count before a unit: digits or a number word ("24", "three", "a"), at most 999.</summary>
    private bool TryCount(int i, out int count)
    {
        count = 0;
        if (i >= _tokens.Length) return false;
        if (_tokens[i].Kind == TokenKind.Number)
            return int.TryParse(Slice(i), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= 999;
        if (!TryWord(i, out var word) || word.Kind != TimeWordKind.Count) return false;
        count = word.Value;
        return true;
    }

    private bool TryUnit(int i, out TimeUnit unit)
    {
        unit = default;
        if (!TryWord(i, out var word) || word.Kind != TimeWordKind.Unit) return false;
        unit = (TimeUnit)word.Value;
        return true;
    }

    /// <summary>A modifier joined to what it modifies in one token ("mid-June", "early-2024"): the part after the hyphen.</summary>
    private bool TryHyphened(int i, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (i >= _tokens.Length || _read[i].ModifierDash == 0) return false;
        rest = Slice(i)[(_read[i].ModifierDash + 1)..];
        return true;
    }

    private string EventNoun(int i) => Slice(i).ToString().ToLowerInvariant();

    private bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (IsWord(i, word)) return true;
        return false;
    }

    private int SkipDayPart(int i) => TryWord(i, out var word) && word.Kind == TimeWordKind.DayPart ? i + 1 : i;

    private bool TryWord(int i, out TimeWord word)
    {
        if ((uint)i < (uint)_tokens.Length && _read[i].Word is { } found)
        {
            word = found;
            return true;
        }
        word = default;
        return false;
    }

    // The length first, as in TokenWindow.Is: most tokens differ in length from the word, and ignoring case keeps lengths.
    private bool IsWord(int i, string word) =>
        (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Word && _tokens[i].Span.Length == word.Length && Slice(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) =>
        i < _tokens.Length && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Span.Start] == c;

    private bool Capitalised(int i) => char.IsUpper(_text[_tokens[i].Span.Start]);

    private ReadOnlySpan<char> Slice(int i) => _text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);
}
