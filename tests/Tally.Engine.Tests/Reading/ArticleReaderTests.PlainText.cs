using Tally.Reading;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Reading;

public partial class ArticleReaderTests
{
    [Theory]
    [InlineData("Original Source: news.az", "news.az")]
    [InlineData("Source: Reuters.", "Reuters")]
    [InlineData("Source: Eastbound Live (eastbound.live)", "Eastbound Live")]
    [InlineData("Source: Ministry of Defence (UK)", "Ministry of Defence (UK)")]
    [InlineData("Source: Mediterranean Desk (mediterraneandesk.example), with AFP", "Mediterranean Desk")]
    [InlineData("Source: The World at One transcripts, Harbour Radio (harbourradio.example)", "Harbour Radio")]
    [InlineData("  source:  Kyiv Independent  ", "Kyiv Independent")]
    [InlineData("Published in Dawn, August 27th, 2024", "Dawn")]
    [InlineData("Published in The Express Tribune", "The Express Tribune")]
    public void FromString_ClosingSourceLine_IsOutletNotText(string sourceLine, string outlet)
    {
        var article = Read($"Three people were killed in Kharkiv.\nAnother 12 were wounded.\n\n{sourceLine}\n\n", "a.txt");

        Assert.Equal("Three people were killed in Kharkiv.\nAnother 12 were wounded.", article.Text);
        Assert.Equal(outlet, article.Metadata.Outlet);
    }

    [Theory]
    [InlineData("Three people were killed, the Source: a local official told reporters who had gathered near the scene of the strike earlier today in the city.")]
    [InlineData("Officials cited one source: the mayor.")]
    [InlineData("Published in 2019, the report found that 300 people had died.")]
    public void FromString_LastLineNotASourceLine_StaysText(string last)
    {
        var text = $"Strikes hit Kharkiv.\n{last}";

        var article = Read(text, "a.txt");

        Assert.Equal(text, article.Text);
        Assert.Null(article.Metadata.Outlet);
    }

    [Theory]
    [InlineData("KYIV, March 3, 2025 (Reuters) - Three people were killed in Kharkiv.", "Reuters")]
    [InlineData("Quake toll rises\n\nNAYPYITAW (Irrawaddy Basin News) \u2014 The toll rose to 2,719.", "Irrawaddy Basin News")]
    [InlineData("SURIN, Thailand, July 25, 2025 (Mekong Wire) - Troops traded fire.", "Mekong Wire")]
    [InlineData("MOSCOW, October 21. /TASS/. Ukraine lost up to 1,450 troops.", "TASS")]
    [InlineData("MOSCOW/KYIV, March 3 (AFP) \u2014 Russia said it downed 41 drones.", "AFP")]
    [InlineData("N'DJAMENA, Chad (BNA) - Around 40 soldiers were killed.\n\nBosphorus News Agency (BNA) website carries summaries.", "Bosphorus News Agency")]
    [InlineData("NEW DELHI (PTI) - Six were killed.\n\nCopyright Press Trust of India (PTI).", "Press Trust of India")]
    [InlineData("KABUL (AP) - Six were killed. Officials at Kabul Police (AP) said so.", "AP")]
    [InlineData("Jihadists kill nine soldiers\n\nKano (Nigeria) (AFP) - Jihadists killed at least nine soldiers.", "AFP")]
    public void FromString_WireDateline_NamesOutlet(string text, string outlet)
    {
        Assert.Equal(outlet, Read(text, "a.txt").Metadata.Outlet);
    }

    [Theory]
    [InlineData("KYIV (Reuters) - Three people were killed.\n\nSource: Eastbound Live (eastbound.live)", "Eastbound Live")]
    [InlineData("Officials in Kharkiv (the city's council) - and others - said three were killed.", null)]
    [InlineData("Three people were killed, said the ministry (MoD) - which gave no names.", null)]
    public void FromString_DatelineOutlet_OnlyFromADatelineAndAfterASourceLine(string text, string? outlet)
    {
        Assert.Equal(outlet, Read(text, "a.txt").Metadata.Outlet);
    }

    [Theory]
    [InlineData("THE INDUS HERALD | Pakistan\n\nKurram toll rises to 82\n\nPARACHINAR - Clashes killed 82 people.", "THE INDUS HERALD")]
    [InlineData("Beryl live: seven dead\nCaribbean Live Desk | Last updated: 2 July 2024, 20:45\n\n20:45 - Seven people died.", "Caribbean Live Desk")]
    [InlineData("The war nobody counts\n\nBy Claudine Uwimana\nGreat Lakes Weekly, 10 April 2025\n\nBUJUMBURA - Soldiers died.", "Great Lakes Weekly")]
    [InlineData("Gang feud leaves 22 dead\n\nBy Gabriela Moreno\nPacific Coast Press\n\nGUAYAQUIL, Ecuador (PCP) - Gunmen killed 22.", "Pacific Coast Press")]
    [InlineData("INTER SERVICES PUBLIC RELATIONS\nPRESS RELEASE\nRawalpindi - March 19, 2025\n\nSixteen khwarij were killed.", "INTER SERVICES PUBLIC RELATIONS")]
    [InlineData("Russia claims it repelled an attack\n\nby Olena Marchuk\nMarch 19, 2025 6:42 PM\nKharkiv Post\n\nTwo civilians died.", "Kharkiv Post")]
    [InlineData("ANALYSIS\n\nHow many fighters did Hezbollah lose?\n\nBy Karim Haddad, Eastern Mediterranean Review\n\nEstimates differ.", "Eastern Mediterranean Review")]
    [InlineData("Drone attack on Lutsk\n\nBy Oleh Petrenko, BBC News, Kyiv\n\nRussia fired 728 drones.", "BBC News")]
    [InlineData("Drone attack on Lutsk\n\nBy Oleh Petrenko, Kyiv correspondent, Lutsk\n\nRussia fired 728 drones.", null)]
    [InlineData("The Deccan Ledger | National | Jammu and Kashmir\n\nTwo terrorists killed\n\nSRINAGAR: Two died.", "The Deccan Ledger")]
    [InlineData("ANALYSIS | Horn of Africa\n\nCounting the armies\n\nTroops are moving.", null)]
    [InlineData("Attack kills 40 in Chad\n\nIbrahim Mahamat | 28.10.2024 - Update : 28.10.2024\n\nAbout 40 soldiers died.", null)]
    [InlineData("Attack kills 40\n\nBy the time the bus reached the border, 40 people had died in the attack on the camp.\nPeople wept.", null)]
    public void FromString_HeadLines_NameOutlet(string text, string? outlet)
    {
        Assert.Equal(outlet, Read(text, "a.txt").Metadata.Outlet);
    }

    [Fact]
    public void FromString_SeedArticle_OutletFromSourceLineAndOffsetsIntoReadText()
    {
        var raw = File.ReadAllText(SeedPath);

        var article = Read(raw, SeedPath);

        Assert.Equal("news.az", article.Metadata.Outlet);
        Assert.DoesNotContain("Original Source", article.Text, StringComparison.Ordinal);
        Assert.StartsWith(article.Text, raw, StringComparison.Ordinal);
        Assert.Equal("article", article.Metadata.Name);
    }

    [Fact]
    public void FromString_UserOutletAndDate_WinOverText()
    {
        var options = new ReadOptions("Kyiv Independent", PartialDate.OfDay(2025, 3, 1));

        var metadata = Read("Published: 3 March 1999\nThree killed.\nSource: news.az", "a.txt", options).Metadata;

        Assert.Equal("Kyiv Independent", metadata.Outlet);
        Assert.Equal(PartialDate.OfDay(2025, 3, 1), metadata.Published);
    }

    [Fact]
    public void FromString_NoDateGiven_TakesPublishedLineFromText()
    {
        var metadata = Read("Published: 3 March 2025\nThree killed.\nSource: news.az", "a.txt", new ReadOptions()).Metadata;

        Assert.Equal(PartialDate.OfDay(2025, 3, 3), metadata.Published);
    }

    [Theory]
    [InlineData("Missiles strike Kyiv\nThree people were killed.", "Missiles strike Kyiv")]
    [InlineData("Three people were killed.\nAnother 12 were wounded.", null)]
    [InlineData("Only one line without a stop", null)]
    public void FromString_FirstLine_IsTitleWhenShortWithoutStop(string text, string? title) =>
        Assert.Equal(title, Read(text, "a.txt").Metadata.Title);

    /// <summary>shared/seed/article.txt, found from the test binary upwards (the repo's shared/ sits beside or above it).</summary>
    private static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seed", "article.txt");
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException("shared/seed/article.txt not found above " + AppContext.BaseDirectory);
        }
    }
}
