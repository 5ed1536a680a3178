using Tally.Actors;
using Xunit;

namespace Tally.Tests.Actors;

public class CountryLexiconTests
{
    // The 193 member states of the United Nations.
    private const string UnMembers =
        "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE " +
        "DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG " +
        "KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP " +
        "NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR " +
        "TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW";

    [Fact]
    public void All_HoldsEveryUnMemberAndObserver()
    {
        var members = UnMembers.Split(' ');
        Assert.Equal(193, members.Length);
        Assert.All(members, code => Assert.NotNull(CountryLexicon.Find(code)));
        Assert.All(new[] { "PS", "VA", "XK", "TW" }, code => Assert.NotNull(CountryLexicon.Find(code)));
        Assert.True(CountryLexicon.All.Count >= 193);
    }

    [Theory]
    [InlineData("KP", "North Korea")]
    [InlineData("UA", "Ukraine")]
    [InlineData("PS", "Palestine")]
    public void NameOf_Code_GivesCommonName(string code, string name) => Assert.Equal(name, CountryLexicon.NameOf(code));

    [Theory]
    [InlineData("North Korean", "KP", CountryNameKind.Demonym)]
    [InlineData("Democratic People's Republic of Korea", "KP", CountryNameKind.Name)]
    [InlineData("DPRK", "KP", CountryNameKind.AltName)]
    [InlineData("Pyongyang", "KP", CountryNameKind.Capital)]
    [InlineData("Kremlin", "RU", CountryNameKind.Metonym)]
    [InlineData("Ivory Coast", "CI", CountryNameKind.Name)]
    [InlineData("French", "FR", CountryNameKind.Demonym)]
    [InlineData("Congolese", "CD", CountryNameKind.Demonym)]
    public void Lookup_Form_GivesCountryAndKind(string form, string code, CountryNameKind kind) =>
        Assert.Equal(new CountryName(code, kind), CountryLexicon.Lookup(form));

    [Theory]
    [InlineData("turkey")]
    [InlineData("us")]
    [InlineData("Narnia")]
    public void CodeOf_UnknownOrLowerCaseForm_IsNull(string form) => Assert.Null(CountryLexicon.CodeOf(form));
}
