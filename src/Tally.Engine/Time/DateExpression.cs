namespace Tally.Time;

/// <summary>A date as written, before resolution; a part the text did not give is 0.</summary>
internal readonly record struct DatePoint(int Year, int Month, int Day)
{
    public bool HasDay => Day != 0;

    /// <summary>A bare month or year ("May", "2024") needs a cue word before it to count as a date; "May 2024" does not.</summary>
    public bool NeedsCue => Day == 0 && (Month == 0 || Year == 0);
}

/// <summary>
/// What a resolution may lean on: the publication date, the mode, the last year the text wrote out (0 if
/// none), the day its sentence is about (<see cref="Anchor"/>), for expressions counted from it, and what
/// the text said before (<see cref="Earlier"/>), for expressions that point back.
/// </summary>
internal readonly record struct DateContext(PartialDate? Published, DateResolution Resolution, int TextYear, DateOnly? Anchor = null, Timeline? Earlier = null)
{
    /// <summary>
    /// A context anchored on <paramref name="published"/>, unless its year lies outside 1000 to 9000: such a
    /// date is a typo, and ignoring it keeps every offset (counts stop at 999) inside the calendar. It starts
    /// a fresh <see cref="Timeline"/>, so it serves one document.
    /// </summary>
    public static DateContext For(PartialDate? published, DateResolution resolution) =>
        new(published is { Year: >= 1000 and <= 9000 } ? published : null, resolution, TextYear: 0, Earlier: new Timeline());

    /// <summary>The publication date when it is known to the day, the anchor of every relative day.</summary>
    public DateOnly? Today => Published is { Precision: DatePrecision.Day } p ? p.FirstDay : null;

    /// <summary>The day an anchored expression counts from: the sentence's own day, else publication.</summary>
    public DateOnly? Day => Anchor ?? Today;

    /// <summary>
    /// The year of a month named without one: the most recent such month on or before publication, or
    /// strictly before it for "last October". Lenient mode falls back on the publication or text year.
    /// </summary>
    public int? YearOf(int month, bool strictlyBefore)
    {
        if (Published is { Precision: >= DatePrecision.Month } p)
            return month < p.Month || (month == p.Month && !strictlyBefore) ? p.Year : p.Year - 1;
        if (Resolution == DateResolution.Lenient)
            return Published?.Year ?? (TextYear > 0 ? TextYear : null);
        return null;
    }
}

/// <summary>
/// A recognised time expression, not yet resolved. <see cref="TryResolve"/> returns false only when the
/// text names no real date ("February 30"); when the anchor is missing it returns true with null ends.
/// </summary>
internal abstract record DateExpression
{
    /// <summary>Whether it counts from the day its sentence names ("a day earlier", "overnight") rather than from publication.</summary>
    public virtual bool Anchored => false;

    /// <summary>What a later "the same ..." may point back to: a stretch of time, a night or a single day.</summary>
    public virtual Extent Extent => Extent.Day;

    public abstract bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end);

    protected static bool Unresolved(out PartialDate? start, out PartialDate? end)
    {
        start = end = null;
        return true;
    }

    protected static bool Resolved(PartialDate start, PartialDate end, out PartialDate? s, out PartialDate? e)
    {
        s = start;
        e = end;
        return true;
    }

    protected static PartialDate MonthOf(DateOnly day) => PartialDate.OfMonth(day.Year, day.Month);

    protected static bool Resolved(DateOnly start, DateOnly end, out PartialDate? s, out PartialDate? e) =>
        Resolved(PartialDate.OfDate(start), PartialDate.OfDate(end), out s, out e);
}

/// <summary>
/// Dates written out: "December 17", "17 December 2024", "February 23-26", "in January and February of
/// this year", "last October". A range's halves lend each other their month and year.
/// </summary>
internal sealed record ExplicitDate(DatePoint From, DatePoint To, int? YearOffset = null, bool StrictlyBefore = false) : DateExpression
{
    public ExplicitDate(DatePoint single) : this(single, single) { }

    public override Extent Extent => From != To || !From.HasDay ? Extent.Period : Extent.Day;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        start = end = null;
        var first = From;
        var last = To;
        if (last.Month == 0 && last.Day != 0) last = last with { Month = first.Month };
        if (first.Month == 0 && first.Day != 0) first = first with { Month = last.Month };
        // Without a year, a day is checked against a leap year: "February 29" may still be real.
        if (!Possible(first) || !Possible(last)) return false;

        int? lastYear = last.Year != 0 ? last.Year
            : YearOffset.HasValue ? context.Published?.Year + YearOffset.Value
            : context.YearOf(last.Month, StrictlyBefore);
        int? firstYear = first.Year != 0 ? first.Year
            : lastYear - (first.Month > last.Month ? 1 : 0);
        if (lastYear is null || firstYear is null) return true;

        if (!TryMake(firstYear.Value, first, out var s) || !TryMake(lastYear.Value, last, out var e) || s.FirstDay > e.LastDay) return false;
        start = s;
        end = e;
        return true;
    }

    private static bool Possible(DatePoint p) =>
        p.Day == 0 || PartialDate.IsValid(p.Year != 0 ? p.Year : 2000, p.Month, p.Day);

    private static bool TryMake(int year, DatePoint p, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999) return false;
        if (p.Month == 0) date = PartialDate.OfYear(year);
        else if (p.Day == 0) date = PartialDate.OfMonth(year, p.Month);
        else if (PartialDate.IsValid(year, p.Month, p.Day)) date = PartialDate.OfDay(year, p.Month, p.Day);
        else return false;
        return true;
    }
}

/// <summary>Days counted from publication: "today" (0, 0), "yesterday" (-1, -1), "overnight" (-1, 0).</summary>
internal sealed record DayOffset(int From, int To) : DateExpression
{
    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end) =>
        context.Today is { } today
            ? Resolved(today.AddDays(From), today.AddDays(To), out start, out end)
            : Unresolved(out start, out end);
}

/// <summary>"as of 09:00": that time of the day its sentence names, else of the day of publication.</summary>
internal sealed record ClockTime : DateExpression
{
    public override bool Anchored => true;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end) =>
        context.Day is { } day
            ? Resolved(day, day, out start, out end)
            : Unresolved(out start, out end);
}

/// <summary>
/// "the night of 14 March": the night that ends on that day, as "overnight" ends on publication; a written
/// pair of days ("the night of 13-14 March") says so itself.
/// </summary>
internal sealed record NightOf(DateExpression Day) : DateExpression
{
    public override Extent Extent => Extent.Night;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        if (!Day.TryResolve(context, out start, out end)) return false;
        if (start is { Precision: DatePrecision.Day } day && start == end) start = PartialDate.OfDate(day.FirstDay.AddDays(-1));
        return true;
    }
}

/// <summary>"now", "currently": the day of publication, as the present a figure holds in.</summary>
internal sealed record Present : DateExpression
{
    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end) =>
        context.Today is { } today
            ? Resolved(today, today, out start, out end)
            : Unresolved(out start, out end);
}

/// <summary>
/// "overnight": the night before the day its sentence names ("said on Sunday ... in the overnight fighting"),
/// else the night before publication.
/// </summary>
internal sealed record Overnight : DateExpression
{
    public override bool Anchored => true;

    public override Extent Extent => Extent.Night;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end) =>
        context.Day is { } day
            ? Resolved(day.AddDays(-1), day, out start, out end)
            : Unresolved(out start, out end);
}

/// <summary>
/// "on Sunday": the most recent such day on or before publication; "last Sunday": strictly before. With
/// <see cref="Through"/> a run of days ("on Monday and Tuesday") that ends on the most recent such day.
/// </summary>
internal sealed record WeekdayDate(DayOfWeek Day, bool StrictlyBefore, DayOfWeek? Through = null) : DateExpression
{
    /// <summary>A weekday in a clause about the future ("will be sent on Sunday"): the coming one, publication's day included.</summary>
    public bool Ahead { get; init; }

    public override Extent Extent => Through is null ? Extent.Day : Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        if (context.Today is not { } today) return Unresolved(out start, out end);
        if (Ahead)
        {
            var first = today.AddDays(((int)Day - (int)today.DayOfWeek + 7) % 7);
            return Resolved(first, first.AddDays(((int)(Through ?? Day) - (int)Day + 7) % 7), out start, out end);
        }
        var last = Through ?? Day;
        int back = ((int)today.DayOfWeek - (int)last + 7) % 7;
        if (back == 0 && StrictlyBefore) back = 7;
        var date = today.AddDays(-back);
        return Resolved(date.AddDays(-(((int)last - (int)Day + 7) % 7)), date, out start, out end);
    }
}

/// <summary>
/// "a day earlier", "a week earlier", "hours later": one point counted from the day its sentence names
/// ("rose to 2,901 on Tuesday, up from 2,862 a day earlier"), else from publication; hours stay on that
/// day until they make a whole one.
/// </summary>
internal sealed record Shifted(TimeUnit Unit, int Count, int Sign) : DateExpression
{
    public override bool Anchored => true;

    public override Extent Extent => Unit >= TimeUnit.Month ? Extent.Period : Extent.Day;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        PartialDate? date = context.Day is not { } day ? null : Unit switch
        {
            TimeUnit.Hour => PartialDate.OfDate(day.AddDays(Sign * (Count / 24))),
            TimeUnit.Day => PartialDate.OfDate(day.AddDays(Sign * Count)),
            TimeUnit.Week => PartialDate.OfDate(day.AddDays(Sign * 7 * Count)),
            TimeUnit.Month => MonthOf(day.AddMonths(Sign * Count)),
            _ => PartialDate.OfYear(day.Year + Sign * Count),
        };
        start = end = date;
        return true;
    }
}

/// <summary>
/// A part of a month or year: "the start of January" and "the end of October" (the month), "the start of
/// 2025" (its first day), "the end of the year" (its last month), "the first week of April" (days 1-7).
/// </summary>
internal sealed record PartOf(PeriodPart Part, int Week, DatePoint Target, int? YearOffset) : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        int? year = Target.Year != 0 ? Target.Year
            : Target.Month == 0 ? context.Published?.Year + (YearOffset ?? 0)
            : YearOffset.HasValue ? context.Published?.Year + YearOffset.Value
            : context.YearOf(Target.Month, strictlyBefore: false);
        start = end = null;
        if (year is not { } y) return true;
        if (y is < 1 or > 9999) return false;
        if (Target.Month == 0)
        {
            return Part == PeriodPart.Start
                ? Resolved(PartialDate.OfDay(y, 1, 1), PartialDate.OfDay(y, 1, 1), out start, out end)
                : Resolved(PartialDate.OfMonth(y, 12), PartialDate.OfMonth(y, 12), out start, out end);
        }
        var month = PartialDate.OfMonth(y, Target.Month);
        if (Part != PeriodPart.Week) return Resolved(month, month, out start, out end);
        // "the last week of March": its final seven days.
        var first = Week > 0 ? month.FirstDay.AddDays(7 * (Week - 1)) : month.LastDay.AddDays(-6);
        var last = first.AddDays(6);
        return Resolved(first, last > month.LastDay ? month.LastDay : last, out start, out end);
    }
}

/// <summary>Which part of a month or year <see cref="PartOf"/> names.</summary>
internal enum PeriodPart : byte
{
    Start,
    End,
    Week,
}

/// <summary>"so far" (up to publication, from an unknown start) and "so far this year" (from its first day).</summary>
internal sealed record SoFar(bool ThisYear) : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        start = ThisYear && context.Published is { } p ? PartialDate.OfDay(p.Year, 1, 1) : null;
        end = context.Published;
        return true;
    }
}

/// <summary>
/// "this year", "last month", "next week": a calendar unit counted from the publication's. "This week"
/// runs from its Monday to publication, since what is reported has happened by then.
/// </summary>
internal sealed record CalendarUnit(TimeUnit Unit, int Offset) : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        var p = context.Published;
        switch (Unit)
        {
            case TimeUnit.Year when p is { } date:
                var year = PartialDate.OfYear(date.Year + Offset);
                return Resolved(year, year, out start, out end);
            case TimeUnit.Month when p is { Precision: >= DatePrecision.Month } date:
                var month = MonthOf(date.FirstDay.AddMonths(Offset));
                return Resolved(month, month, out start, out end);
            case TimeUnit.Week when context.Today is { } today:
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + 7 * Offset);
                return Resolved(monday, Offset == 0 ? today : monday.AddDays(6), out start, out end);
            default:
                return Unresolved(out start, out end);
        }
    }
}

/// <summary>
/// "this summer": the three months from <see cref="FirstMonth"/> in the season that began last on or before
/// publication, up to publication while it lasts (unresolved while it lies ahead); "last summer"
/// (<see cref="Last"/>): the latest that ended before publication.
/// </summary>
internal sealed record Season(int FirstMonth, bool Last) : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        if (context.Published is not { Precision: >= DatePrecision.Month } p) return Unresolved(out start, out end);
        // "this summer" written in April lies ahead: no reported figure holds then.
        if (!Last && p.Month < FirstMonth && FirstMonth != 12) return Unresolved(out start, out end);
        var published = new DateOnly(p.Year, p.Month, 1);
        var first = new DateOnly(p.Month >= FirstMonth ? p.Year : p.Year - 1, FirstMonth, 1);
        if (Last && first.AddMonths(2) >= published) first = first.AddYears(-1);
        var last = first.AddMonths(2);
        start = MonthOf(first);
        end = last >= published ? p : MonthOf(last);
        return true;
    }
}

/// <summary>"the past 24 hours", "over the last three days": the period ending on publication.</summary>
internal sealed record Lookback(TimeUnit Unit, int Count) : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end) =>
        context.Today is { } today
            ? Resolved(Back(today, Unit, Count), today, out start, out end)
            : Unresolved(out start, out end);

    /// <summary>The day <paramref name="count"/> units before <paramref name="day"/>; hours round up to whole days.</summary>
    public static DateOnly Back(DateOnly day, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Hour => day.AddDays(-Math.Max(1, (count + 23) / 24)),
        TimeUnit.Day => day.AddDays(-count),
        TimeUnit.Week => day.AddDays(-7 * count),
        TimeUnit.Month => day.AddMonths(-count),
        _ => day.AddYears(-count),
    };
}

/// <summary>"three days ago", "two months ago": one point before publication, as precise as its unit.</summary>
internal sealed record Ago(TimeUnit Unit, int Count) : DateExpression
{
    public override Extent Extent => Unit >= TimeUnit.Month ? Extent.Period : Extent.Day;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        var p = context.Published;
        PartialDate? date = Unit switch
        {
            TimeUnit.Year when p is { } d => PartialDate.OfYear(d.Year - Count),
            TimeUnit.Month when p is { Precision: >= DatePrecision.Month } d => MonthOf(d.FirstDay.AddMonths(-Count)),
            TimeUnit.Day or TimeUnit.Week when context.Today is { } today => PartialDate.OfDate(Lookback.Back(today, Unit, Count)),
            _ => null,
        };
        start = end = date;
        return true;
    }
}

/// <summary>
/// "the start of the full-scale invasion", "the attack": the opening of a "since" period, known for events
/// in the lexicon (Lexicons/Data/time-events.tsv) and for events the text dated before ("the attack on
/// Oct. 7 ... since the attack"); <see cref="Event"/> is the event's noun, lower case.
/// </summary>
internal sealed record EventStart(PartialDate? Known, string Event) : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        start = Known ?? context.Earlier?.DateOf(Event);
        end = null;
        return true;
    }
}

/// <summary>"then" after "since": the earliest date of the latest sentence that gave one, this one's first.</summary>
internal sealed record Then : DateExpression
{
    public override Extent Extent => Extent.Period;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        start = context.Earlier?.Then;
        end = null;
        return true;
    }
}

/// <summary>
/// "over the same period", "during the period", "during the same night", "that day": the latest time of that
/// <see cref="Extent"/> the text named before. "the same 24 hours" gives its length (<see cref="Count"/>
/// <see cref="Unit"/>s), and only a period that long is the same one.
/// </summary>
internal sealed record BackReference(Extent To, TimeUnit Unit = TimeUnit.Day, int Count = 0) : DateExpression
{
    public override Extent Extent => To;

    public override bool TryResolve(DateContext context, out PartialDate? start, out PartialDate? end)
    {
        var earlier = Referent(context);
        start = earlier?.Start;
        end = earlier?.End;
        return true;
    }

    /// <summary>The mention it points back to, if the text named one.</summary>
    public TimeMention? Referent(DateContext context) => context.Earlier?.Latest(To, Count == 0 ? null : Lasts);

    private bool Lasts(TimeMention period) =>
        period is { Start: { Precision: DatePrecision.Day } s, End: { Precision: DatePrecision.Day } e }
        && s.FirstDay == Lookback.Back(e.FirstDay, Unit, Count);
}

/// <summary>What a time expression spans, for the back-references that point to it.</summary>
internal enum Extent : byte
{
    Day,
    Night,
    Period,
}
