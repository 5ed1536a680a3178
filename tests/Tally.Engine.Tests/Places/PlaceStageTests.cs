using System.Diagnostics;
using Tally.Actors;
using Tally.Documents;
using Tally.Places;
using Tally.Text;
using Xunit;
using Xunit.Abstractions;

namespace Tally.Tests.Places;

public class PlaceStageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("stationed near Russia\u2019s Kursk region.", "Russia RU Country|Kursk region RU Region")]
    [InlineData("operating in the Kursk region.", "Kursk region RU Region")]
    [InlineData("fighting in Kursk Oblast went on.", "Kursk Oblast RU Region")]
    [InlineData("shelling in the Donetsk province.", "Donetsk province UA Region")]
    [InlineData("Refugees from the Darfur region.", "Darfur region SD Region")]
    [InlineData("strikes on the Kherson oblast", "Kherson oblast UA Region")]
    [InlineData("clashes in Rakhine State", "Rakhine State MM Region")]
    [InlineData("sent 3,500 soldiers to Russia's Far East for training", "Russia's Far East RU Area")]
    [InlineData("positioned on the front lines in Ukraine.", "front lines in Ukraine UA Area")]
    [InlineData("fighting in eastern Ukraine", "eastern Ukraine UA Area")]
    [InlineData("Strikes hit northern Gaza.", "northern Gaza PS Area")]
    [InlineData("Israel struck southern Lebanon.", "Israel IL Country|southern Lebanon LB Area")]
    [InlineData("in north-eastern Syria", "north-eastern Syria SY Area")]
    [InlineData("his recent visit to Kyiv from February 23-26", "Kyiv UA City")]
    [InlineData("Missiles hit Kharkiv overnight.", "Kharkiv UA City")]
    [InlineData("Aid reached Gaza City.", "Gaza City PS City")]
    [InlineData("The siege of El Fasher", "El Fasher SD City")]
    [InlineData("M23 rebels took Goma.", "Goma CD City")]
    [InlineData("Gangs in Port-au-Prince", "Port-au-Prince HT City")]
    [InlineData("Protests in Tripoli.", "Tripoli LY City")]
    [InlineData("Lebanon said clashes in Tripoli killed two.", "Lebanon LB Country|Tripoli LB City")]
    [InlineData("Venezuela's president said two died in the state of Sucre.", "Venezuela VE Country|Sucre VE Region")]
    [InlineData("Fires in New Mexico.", "New Mexico US Region")]
    [InlineData("Donations from the U.S. arrived.", "U.S. US Country")]
    [InlineData("In Goma, rebels advanced.", "Goma CD City")]
    [InlineData("45 deaths in Jamaica, Information Minister Dana Morris Dixon said.", "Jamaica JM Country")]
    [InlineData("Rain hit St Elizabeth parish hardest.", "")]
    [InlineData("\"We counted 230 wounded,\" said Adam Ibrahim, a doctor in Darfur.", "Darfur SD Region")]
    [InlineData("Hassan Nasrallah spoke in Beirut.", "Beirut LB City")]
    [InlineData("The Gaza Health Ministry said 30 died.", "Gaza PS City")]
    [InlineData("Kharkiv Governor Oleh Syniehubov said two died.", "Kharkiv UA City")]
    [InlineData("Water rose behind the Mosul Dam.", "Mosul IQ City")]
    public void Process_Text_FindsPlacesWithCountryAndKind(string text, string expected)
    {
        var doc = Run(text);
        Assert.Equal(expected, string.Join('|', doc.Places.Select(p => $"{doc[p.Span]} {p.Country} {p.Kind}")));
    }

    [Theory]
    [InlineData("North Korean troops fought.")]
    [InlineData("The Kremlin denied it.")]
    [InlineData("March was cold and Reading was hard.")]
    [InlineData("We ate turkey in the central square.")]
    [InlineData("Western officials believe the toll is higher.")]
    [InlineData("North and South met; East and West did not.")]
    public void Process_DemonymsMetonymsAndWords_FindsNoPlace(string text) => Assert.Empty(Run(text).Places);

    [Fact]
    public void Gazetteer_FirstUse_LoadsOver30000NamesAndLogsTime()
    {
        var clock = Stopwatch.StartNew();
        var count = Gazetteer.Matcher.Count;
        output.WriteLine($"gazetteer: {count} names, first use {clock.ElapsedMilliseconds} ms");
        Assert.True(count > 30_000, $"only {count} place names");
    }

    private static TallyDocument Run(string text)
    {
        var doc = new TallyDocument(text);
        new TextStage().Process(doc);
        new ActorStage().Process(doc);
        new PlaceStage().Process(doc);
        return doc;
    }
}
