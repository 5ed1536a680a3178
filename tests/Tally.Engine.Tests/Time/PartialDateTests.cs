using Tally.Time;
using Xunit;

namespace Tally.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024")]
    [InlineData("2024-10", DatePrecision.Month, "2024-10")]
    [InlineData("2024-10-17", DatePrecision.Day, "2024-10-17")]
    [InlineData(" 2024-02-29 ", DatePrecision.Day, "2024-02-29")]
    public void TryParse_ValidIso_RoundTrips(string text, DatePrecision precision, string expected)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Value.Precision);
        Assert.Equal(expected, date.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-10-17-01")]
    [InlineData("October 2024")]
    [InlineData("2024/10/17")]
    [InlineData("-2024")]
    [InlineData("0000")]
    public void TryParse_NotADate_ReturnsFalseWithoutThrowing(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024-10-17", "2024-10-17", "2024-10-17")]
    public void FirstDayLastDay_CoverThePrecision(string text, string first, string last)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.Value.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.Value.LastDay);
    }

    [Fact]
    public void Factories_InvalidParts_ThrowForProgrammerErrors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(2023, 2, 29));
    }

    [Theory]
    [InlineData(2024, 2, 29, true)]
    [InlineData(2023, 2, 29, false)]
    [InlineData(2024, 4, 31, false)]
    [InlineData(2024, 0, 1, false)]
    [InlineData(0, 1, 1, false)]
    [InlineData(10000, 1, 1, false)]
    public void IsValid_TellsRealDates(int year, int month, int day, bool valid) =>
        Assert.Equal(valid, PartialDate.IsValid(year, month, day));

    [Fact]
    public void CompareTo_OrdersByFirstDayThenPrecision()
    {
        var year = PartialDate.OfYear(2024);
        var january = PartialDate.OfMonth(2024, 1);
        var firstOfJanuary = PartialDate.OfDay(2024, 1, 1);
        var october = PartialDate.OfMonth(2024, 10);
        Assert.True(year.CompareTo(january) < 0);
        Assert.True(january.CompareTo(firstOfJanuary) < 0);
        Assert.True(firstOfJanuary.CompareTo(october) < 0);
        Assert.Equal(0, october.CompareTo(PartialDate.OfMonth(2024, 10)));
    }

    [Fact]
    public void Equality_AMonthIsNotItsFirstDay() =>
        Assert.NotEqual(PartialDate.OfMonth(2024, 10), PartialDate.OfDay(2024, 10, 1));
}
