using Tally.Actors;
using Tally.Documents;
using Tally.Text;
using Xunit;

namespace Tally.Tests.Actors;

public class ActorStageTests
{
    [Theory]
    [InlineData("North Korea has sent an additional 3,500 soldiers.", "North Korea", "KP", ActorForm.Name, false)]
    [InlineData("North Korean troops arrived in January.", "North Korean", "KP", ActorForm.Demonym, false)]
    [InlineData("Pyongyang's forces advanced.", "Pyongyang", "KP", ActorForm.Alias, true)]
    [InlineData("North Korea\u2019s continued military support", "North Korea", "KP", ActorForm.Name, true)]
    [InlineData("The DPRK denied the report.", "DPRK", "KP", ActorForm.Alias, false)]
    [InlineData("A South Korean lawmaker reported it.", "South Korean", "KR", ActorForm.Demonym, false)]
    [InlineData("Fighting in the Democratic Republic of the Congo went on.", "Democratic Republic of the Congo", "CD", ActorForm.Name, false)]
    [InlineData("Aid reached Congo on Monday.", "Congo", "CD", ActorForm.Alias, false)]
    [InlineData("Talks with Guinea-Bissau resumed.", "Guinea-Bissau", "GW", ActorForm.Name, false)]
    [InlineData("US officials said so.", "US", "US", ActorForm.Alias, false)]
    [InlineData("The U.S. said so.", "U.S.", "US", ActorForm.Alias, false)]
    [InlineData("The Kremlin said so.", "Kremlin", "RU", ActorForm.Alias, false)]
    [InlineData("Britain sent aid.", "Britain", "GB", ActorForm.Alias, false)]
    [InlineData("Turkey closed the straits.", "Turkey", "TR", ActorForm.Alias, false)]
    [InlineData("Ukrainians fled west.", "Ukrainians", "UA", ActorForm.Demonym, false)]
    [InlineData("The Philippines' navy said so.", "Philippines", "PH", ActorForm.Name, true)]
    [InlineData("He flew to Kiev.", "Kiev", "UA", ActorForm.Alias, false)]
    [InlineData("A second death was confirmed in St Vincent and the Grenadines.", "St Vincent and the Grenadines", "VC", ActorForm.Name, false)]
    [InlineData("Storms hit St. Lucia.", "St. Lucia", "LC", ActorForm.Name, false)]
    public void Process_OneCountry_FindsItsCodeFormAndPossessive(string text, string expected, string code, ActorForm form, bool possessive)
    {
        var doc = Run(text);
        var mention = Assert.Single(doc.Actors);
        Assert.Equal(expected, doc[mention.Span]);
        Assert.Equal(new ActorMention(mention.Span, code, form, possessive), mention);
    }

    [Theory]
    [InlineData("the Russia-Ukraine conflict", "Russia RU|Ukraine UA")]
    [InlineData("North Korea-Russia military ties", "North Korea KP|Russia RU")]
    [InlineData("combined Russian and North Korean troops", "Russian RU|North Korean KP")]
    [InlineData("the US-led coalition", "US US")]
    public void Process_SeveralCountries_FindsEachInOrder(string text, string expected)
    {
        var doc = Run(text);
        Assert.Equal(expected, string.Join('|', doc.Actors.Select(a => $"{doc[a.Span]} {a.Country}")));
    }

    [Theory]
    [InlineData("We ate turkey on Thursday.")]
    [InlineData("A guinea pig escaped.")]
    [InlineData("Let us chad the ballots.")]
    [InlineData("They told us to wait.")]
    [InlineData("The Korean Peninsula.")]
    [InlineData("Homes on Union Island were flattened.")]
    [InlineData("Officer Thomas Mann said so.")]
    public void Process_LowerCaseWordsAndBareAmbiguousForms_FindsNothing(string text) =>
        Assert.Empty(Run(text).Actors);

    private static TallyDocument Run(string text)
    {
        var doc = new TallyDocument(text);
        new TextStage().Process(doc);
        new ActorStage().Process(doc);
        return doc;
    }
}
