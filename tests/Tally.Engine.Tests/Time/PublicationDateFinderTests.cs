using Tally.Time;
using Xunit;

namespace Tally.Tests.Time;

public sealed class PublicationDateFinderTests
{
    [Theory]
    [InlineData("Troops massed near Kursk\nPublished: 3 March 2025\n\nNorth Korea has sent 3,500 soldiers.", "2025-03-03", "3 March 2025")]
    [InlineData("Troops massed near Kursk\nUpdated March 3, 2025 10:45 GMT\n\nBody.", "2025-03-03", "March 3, 2025")]
    [InlineData("Troops massed near Kursk\nLast updated on Mar. 3, 2025\n\nBody.", "2025-03-03", "Mar. 3, 2025")]
    [InlineData("THE WORLD AT ONE - TRANSCRIPT\nBroadcast: Monday 25 August 2025, 13:00 GMT\n\nBody.", "2025-08-25", "Monday 25 August 2025")]
    [InlineData("Troops massed near Kursk\n3 March 2025\n\nBody.", "2025-03-03", "3 March 2025")]
    [InlineData("Troops massed near Kursk\nMonday, 3 March 2025\nBody.", "2025-03-03", "Monday, 3 March 2025")]
    [InlineData("Troops massed near Kursk\n2025-03-03T10:45:00Z\nBody.", "2025-03-03", "2025-03-03")]
    [InlineData("Troops massed near Kursk\nPublished | 2025-03-03\nBody.", "2025-03-03", "2025-03-03")]
    [InlineData("KYIV, March 3, 2025 (Wire) - North Korea has sent 3,500 soldiers.", "2025-03-03", "March 3, 2025")]
    [InlineData("KYIV, Ukraine, March 3, 2025 \u2014 North Korea has sent 3,500 soldiers.", "2025-03-03", "March 3, 2025")]
    [InlineData("BUNIA, Democratic Republic of Congo, July 28, 2025 (Wire) - At least 43 people were killed.", "2025-07-28", "July 28, 2025")]
    [InlineData("BAMAKO, Sept 19, 2024 (Sahel Monitor) - More than 70 people were killed in Tuesday's assault on a training school.", "2024-09-19", "Sept 19, 2024")]
    [InlineData("Statement of the Coordination Headquarters\nKyiv, 25 May 2025\nThe exchange is complete.", "2025-05-25", "25 May 2025")]
    [InlineData("Somalia: Famine projected in Bay region\nPRESS RELEASE\n(Mogadishu, 5 September 2022) - Famine is projected among agropastoral communities in two districts.", "2022-09-05", "5 September 2022")]
    [InlineData("Headline\n\u201CQuote\u201D\nPublished\u00A0on 3\u00A0March\u00A02025\nBody.", "2025-03-03", "3\u00A0March\u00A02025")]
    [InlineData("Attack on army base\nIbrahim Mahamat | 28.10.2024 - Update : 28.10.2024\n\nBody.", "2024-10-28", "28.10.2024")]
    [InlineData("Cyclone toll climbs - Xinhua\n30/11/2025 - 19:40 | World | Asia-Pacific\n\nBody.", "2025-11-30", "30/11/2025")]
    [InlineData("Returns this year - Tolo News\n29.07.2025 | 14:20\n\nBody.", "2025-07-29", "29.07.2025")]
    [InlineData("Starmer unveils deal\nRowena Hale, Political editor\nSunday 2 March 2025, 18.45 GMT\n\nBody.", "2025-03-02", "Sunday 2 March 2025")]
    [InlineData("Tigray war toll\nBy staff reporter | 4 November 2024\nBody.", "2024-11-04", "4 November 2024")]
    [InlineData("Headline\nPublished 14 Oct 2025\nBody.", "2025-10-14", "14 Oct 2025")]
    [InlineData("Headline\nUpdated: Oct. 14, 2025 10:02 a.m. ET\nBody.", "2025-10-14", "Oct. 14, 2025")]
    [InlineData("Airstrikes in Somalia\nPRESS RELEASE\nSTUTTGART, Germany - February 12, 2025\n\nBody.", "2025-02-12", "February 12, 2025")]
    [InlineData("Headline\n11/30/2025\nBody.", "2025-11-30", "11/30/2025")]
    [InlineData("Headline\nBy Teresa Dumalagan\nPublished 4:18 PM GMT+8, December 4, 2023\n\nBody.", "2023-12-04", "December 4, 2023")]
    [InlineData("War latest\nKyiv Morning Post live | Last updated Oct. 18, 2025, 22:40 Kyiv time\n\nBody.", "2025-10-18", "Oct. 18, 2025")]
    [InlineData("OPERATIONAL COMMAND\nPress Office\n\nWarsaw, 10 September 2025, 14:00\n\nBody.", "2025-09-10", "10 September 2025")]
    public void TryFind_DateLine_ReturnsDateAndSpan(string text, string expected, string spanText)
    {
        Assert.True(PublicationDateFinder.TryFind(text, out var date, out var span));
        Assert.Equal(expected, date.ToString());
        Assert.Equal(spanText, text[span.Start..span.End]);
    }

    [Theory]
    [InlineData("KYIV, March 3 (Wire) - North Korea has sent 3,500 soldiers.")]
    [InlineData("Troops massed near Kursk\nPublished: 30 February 2025\nBody.")]
    [InlineData("North Korea has sent 3,500 soldiers. On 3 March 2025, officials in Seoul said the troops arrived in two waves and more would follow, according to a lawmaker.")]
    [InlineData("Troops massed near Kursk\nMarch 2025\nBody.")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("Headline\n04/11/2025\nBody.")]
    [InlineData("Headline\n31.02.2025\nBody.")]
    [InlineData("Headline\n99/99/9999 | 1.2.3\nBody.")]
    [InlineData("Headline\n12.5.99 - 3/4/\nBody.")]
    [InlineData("Fighting erupts - 12 dead | 2,500 displaced\nBody.")]
    [InlineData("Fighting erupts in the north of the country as the army pushes on | 12 dead, 3 March 2025 reports say\nBody.")]
    [InlineData("Published:")]
    [InlineData("KYIV,")]
    [InlineData("Headline\nOn Dec. 17, 2024, the ministry said 40 died.\nBody.")]
    [InlineData("(Mogadishu, 5 September 2022), the agency said, was the day famine was first declared in the districts of Bay region.")]
    public void TryFind_NoFullDatedLine_ReturnsFalse(string text) =>
        Assert.False(PublicationDateFinder.TryFind(text, out _, out _));

    [Fact]
    public void TryFind_AskedAgainAndAboutAnotherText_AnswersEachText()
    {
        const string dated = "Troops massed near Kursk\nPublished: 3 March 2025\n\nBody.";
        Assert.True(PublicationDateFinder.TryFind(dated, out var first, out var span));
        Assert.True(PublicationDateFinder.TryFind(dated, out var again, out var spanAgain));
        Assert.Equal((first, span), (again, spanAgain));
        Assert.False(PublicationDateFinder.TryFind("Body without a date.", out _, out _));
        Assert.True(PublicationDateFinder.TryFind(new string(dated), out var copy, out _));
        Assert.Equal(first, copy);
    }

    [Fact]
    public void TryFind_OnlyLooksAtTheFirstLines()
    {
        var text = string.Concat(Enumerable.Repeat("A line of body text.\n", PublicationDateFinder.LinesSearched)) + "Published: 3 March 2025\n";
        Assert.False(PublicationDateFinder.TryFind(text, out _, out _));
    }
}
