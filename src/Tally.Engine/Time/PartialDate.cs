using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tally.Time;

/// <summary>How much of a <see cref="PartialDate"/> the text gave.</summary>
public enum DatePrecision : byte
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A calendar date known to a year, a month or a day ("2024", "2024-10", "2024-10-17"), like
/// NodaTime's split of LocalDate and YearMonth. Not an instant and not a DateTime with zeros:
/// a month stays a month. Immutable; the default value is not valid, use the factories.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int Year { get; }

    /// <summary>1 to 12, or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>1 to 31, or 0 when the precision is coarser than a day.</summary>
    public int Day { get; }

    public DatePrecision Precision { get; }

    public static PartialDate OfYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0, DatePrecision.Year);
    }

    public static PartialDate OfMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
        return new PartialDate(year, month, 0, DatePrecision.Month);
    }

    public static PartialDate OfDay(int year, int month, int day)
    {
        CheckYear(year);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year}-{month:00} has no day {day}.");
        return new PartialDate(year, month, day, DatePrecision.Day);
    }

    public static PartialDate OfDate(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    /// <summary>Whether a day, month and year make a real date, so callers never need to catch.</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The first day this date covers ("2024-10" starts on 2024-10-01).</summary>
    public DateOnly FirstDay => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day this date covers ("2024-10" ends on 2024-10-31).</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <summary>Parses "2024", "2024-10" or "2024-10-17"; never throws.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        var numbers = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        switch (parts.Length)
        {
            case 1 when parts[0].Length == 4 && numbers[0] >= 1:
                date = OfYear(numbers[0]);
                return true;
            case 2 when parts[0].Length == 4 && numbers[0] >= 1 && numbers[1] is >= 1 and <= 12:
                date = OfMonth(numbers[0], numbers[1]);
                return true;
            case 3 when parts[0].Length == 4 && IsValid(numbers[0], numbers[1], numbers[2]):
                date = OfDay(numbers[0], numbers[1], numbers[2]);
                return true;
            default:
                return false;
        }
    }

    public int CompareTo(PartialDate other)
    {
        int c = FirstDay.CompareTo(other.FirstDay);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>ISO 8601 at the date's own precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
    };

    private static void CheckYear(int year)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1 to 9999.");
    }
}
