using Xunit;

namespace Tally.Tests.Claims;

public partial class ClaimStageTests
{
    [Theory]
    // A date in the reporting frame, before "that", yields to one in the figure's own clause.
    [InlineData("published: 2025-03-20\nThe monitor said in a report on Tuesday that 1,250 people were reported missing in Jalisco last year.", "1250", "2024..2024")]
    [InlineData("published: 2025-10-13\nThe army said in a statement on Sunday that 23 soldiers had been killed and 29 wounded in the overnight fighting.", "23", "2025-10-11..2025-10-12")]
    [InlineData("published: 2025-05-25\nRussia attacked Ukraine overnight with 298 drones and 69 missiles, the Ukrainian air force said on Sunday.", "69", "2025-05-24..2025-05-25")]
    [InlineData("published: 2025-05-25\nAt least 12 people were killed, the Ukrainian air force said on Sunday.", "12", "2025-05-25..2025-05-25")]
    // A list shares the date after it; a part set apart by "including" keeps its own.
    [InlineData("published: 2025-06-16\nRussia launched 352 drones and 16 missiles at Ukraine overnight, the air force said.", "352", "2025-06-15..2025-06-16")]
    [InlineData("published: 2025-03-03\nThe ministry said 37,877 people had been killed, including 43 in the past 24 hours.", "37877", "null..null")]
    [InlineData("published: 2022-10-05\nOn Tuesday, the UN raised its appeal to $816 million, up from the $160 million it sought in August.", "816000000", "2022-10-04..2022-10-04")]
    [InlineData("published: 2025-04-18\nThe group said it shot down two more drones, bringing to seven the number it has downed since early March.", "2", "null..null")]
    [InlineData("published: 2025-04-18\nThe strike killed five people, bringing the death toll to 312 since the war began in October 2023.", "312", "2023-10..2025-04-18")]
    [InlineData("published: 2025-04-18\nThe strike killed five people, bringing the death toll to 312 since the war began in October 2023.", "5", "null..null")]
    [InlineData("published: 2025-01-09\nTroops freed 17 hostages, among them nine women and four children, after storming a camp on Tuesday.", "17", "2025-01-07..2025-01-07")]
    // A list after its date shares it; a figure in a later statement does not.
    [InlineData("published: 2025-01-12\nJets bombed the village on Saturday, killing at least 27 civilians, nine of them children.", "9", "2025-01-11..2025-01-11")]
    [InlineData("published: 2025-01-23\nOver the past day, Ukrainian forces destroyed nine tanks, 17 armoured vehicles and 41 artillery systems.", "41", "2025-01-22..2025-01-23")]
    [InlineData("published: 2025-02-27\nOn Monday the spy chief put the number killed at about 300 and said another 2,700 had been wounded.", "2700", "null..null")]
    // "since" after a superlative compares; as an adverb it is no period at all.
    [InlineData("published: 2025-06-21\nJihadist violence killed more than 2,400 people in Niger last year, the highest annual toll since the insurgency spread.", "2400", "2024..2024")]
    [InlineData("published: 2023-10-20\nThe ministry said 471 people had been killed on Tuesday evening, a toll that Israel has since challenged.", "471", "2023-10-17..2023-10-17")]
    // A running total reported in an older report ends on the report's date.
    [InlineData("published: 2025-01-10\nA committee reported in 2019 that bandits had killed more than 6,000 people since 2011.", "6000", "2011..2019")]
    // A nearer date wins over a "since" further on; a sentence opened by "Since" is all in its period.
    [InlineData("published: 2024-08-11\nThe ministry said it destroyed 12 tanks over the past 24 hours and that Ukraine had lost 1,350 troops since the start of the incursion.", "12", "2024-08-10..2024-08-11")]
    [InlineData("published: 2025-02-20\nSince the fighting erupted on Sept. 9, the office has registered 1,209 homicides, the attorney general told reporters on Thursday.", "1209", "2024-09-09..2025-02-20")]
    // A date a comma sets apart before the figure yields to the figure's own "since" period, and parts opened by
    // "Of these," hold when their whole does.
    [InlineData("published: 2025-09-07\nAccording to data released on Sunday, 366 people have died in the State since the monsoon arrived on June 20. Of these, 203 deaths were caused by landslides.", "366", "2025-06-20..2025-09-07")]
    [InlineData("published: 2025-09-07\nAccording to data released on Sunday, 366 people have died in the State since the monsoon arrived on June 20. Of these, 203 deaths were caused by landslides.", "203", "2025-06-20..2025-09-07")]
    // "now" dates a figure, unless a running period includes it.
    [InlineData("published: 2025-04-02\nThe official said there were now about 40,000 US troops in the region, up from roughly 35,000 in January.", "40000", "2025-04-02..2025-04-02")]
    [InlineData("published: 2025-10-30\nChad now hosts more than 880,000 Sudanese refugees who have arrived since the war broke out in April 2023.", "880000", "2023-04..2025-10-30")]
    // A date in a contrasting clause is that clause's; "the same period" in the same sentence is the period named before it.
    [InlineData("published: 2025-08-17\nLast year, monsoon rains killed nearly 300 people, while floods in 2022 left more than 1,700 dead.", "300", "2024..2024")]
    [InlineData("published: 2025-03-19\nA total of 43 militants were killed during the last one week, while 7 soldiers died over the same period.", "7", "2025-03-12..2025-03-19")]
    // A back-reference takes the period named before; a "since" points back to an event the text dated.
    [InlineData("published: 2025-02-20\nSince the fighting erupted on Sept. 9, the office has registered 1,209 homicides. In the same period, relatives have reported 1,410 people missing.", "1410", "2024-09-09..2025-02-20")]
    [InlineData("published: 2025-01-23\nRussia has lost 825,380 troops since the start of its full-scale invasion on 24 February 2022. Russian forces have also lost 9,836 tanks since the invasion began.", "9836", "2022-02-24..2025-01-23")]
    // A bare event noun is known only for one country's story, and a year in the phrase must agree.
    [InlineData("published: 2025-04-17\nAcross Sudan, more than 12 million people have been forced from their homes since the war began.", "12000000", "2023-04..2025-04-17")]
    [InlineData("published: 2025-05-13\nAn estimated 3.5 million people have been displaced in Myanmar since the 2021 coup.", "3500000", "2021-02..2025-05-13")]
    [InlineData("published: 2025-05-13\nAn estimated 3.5 million people have been displaced in Myanmar since the 1962 coup.", "3500000", "null..2025-05-13")]
    [InlineData("published: 2025-04-17\nAcross Chad, more than 12 million people have been forced from their homes since the war began.", "12000000", "null..2025-04-17")]
    // A date in a table row's key dates each figure of the row, past the semicolons between them.
    [InlineData("published: 2025-03-20\n- 9 March, in Bijapur: Rebels killed: 31; Soldiers killed: 2", "2", "2025-03-09..2025-03-09")]
    // A report line that dates nothing holds for its list's period (a table's caption is its list's introduction), but
    // the day's addition to a total does not.
    [InlineData("published: 2025-03-14\nThe total combat losses of the enemy from 24.02.2022 to 14.03.2025 amounted to approximately:\n\ntanks \u2013 10,223 (+8);", "10223", "2022-02-24..2025-03-14")]
    [InlineData("published: 2025-03-14\nThe total combat losses of the enemy from 24.02.2022 to 14.03.2025 amounted to approximately:\n\ntanks \u2013 10,223 (+8);", "8", "null..null")]
    [InlineData("published: 2025-09-10\nDistrict-wise toll (rain-related incidents, June 20 to September 7):\n- Mandi: Deaths: 41; Missing: 27", "27", "2025-06-20..2025-09-07")]
    // A figure inside the event that opens a period happened on the period's first date.
    [InlineData("published: 2025-03-10\nPatrols were cut back since a roadside bomb wounded four peacekeepers on the Obo road in November.", "4", "2024-11..2024-11")]
    public void Process_Time(string input, string figure, string expected)
    {
        var claim = Assert.Single(Run(input).Claims, c => c.Figure.Value.Low.ToString(System.Globalization.CultureInfo.InvariantCulture) == figure);
        Assert.Equal(expected, $"{claim.Time?.Start?.ToString() ?? "null"}..{claim.Time?.End?.ToString() ?? "null"}");
    }
}
