using System.Globalization;
using System.Text;

namespace Tally.Bench;

/// <summary>
/// Writes news-like articles from sentence templates: casualty tolls, displacement, launches, aid money
/// and deployments, each with a source, a date and a place, mixed with sentences whose numbers are not
/// claims (ages, years, ordinals, times, percentages) and sentences with no numbers. The same seed always
/// gives the same corpus, so runs on different machines and days measure the same text.
/// </summary>
public sealed class NewsGenerator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Countries = ["Ukraine", "Russia", "North Korea", "South Korea", "Israel", "Sudan", "Syria", "Yemen", "Lebanon", "Myanmar", "Ethiopia", "Haiti"];
    private static readonly string[] Demonyms = ["Ukrainian", "Russian", "North Korean", "Israeli", "Sudanese", "Syrian", "Yemeni", "Lebanese", "Burmese", "Ethiopian"];
    private static readonly string[] Places = ["Kharkiv", "Kursk region", "Gaza City", "Khan Younis", "El Fasher", "Aleppo", "Hodeidah", "southern Lebanon", "Rakhine state", "Tigray", "Port-au-Prince", "Zaporizhzhia", "Odesa", "the Donetsk region", "Russia's Far East", "Darfur"];
    private static readonly string[] Sources = ["the health ministry", "the United Nations", "the UN refugee agency", "Ukraine's air force", "the Red Cross", "local officials", "the defence ministry", "a military spokesman", "the regional governor", "Ukraine's defence intelligence", "the World Food Programme", "a South Korean lawmaker", "the Institute for the Study of War", "the emergency services"];
    private static readonly string[] People = ["Kyrylo Budanov", "Yu Yong-weon", "Volodymyr Zelensky", "Dmitry Peskov", "Antonio Guterres", "Tom Fletcher", "Oleh Syniehubov", "Martin Griffiths"];
    private static readonly string[] Verbs = ["said", "reported", "told reporters", "said in a statement", "wrote on Telegram", "estimated", "claimed", "confirmed"];
    private static readonly string[] Hedges = ["", "", "", "at least ", "around ", "about ", "more than ", "some ", "nearly ", "up to ", "an estimated ", "roughly "];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Weapons = ["drones", "ballistic missiles", "cruise missiles", "artillery shells", "rockets", "glide bombs", "Shahed drones"];
    private static readonly string[] Donors = ["The European Union", "The United States", "Germany", "Japan", "The World Bank", "The United Kingdom", "Norway", "Saudi Arabia"];
    private static readonly string[] Outlets = ["news.az", "Reuters", "Kyiv Independent", "Al Jazeera", "Yonhap", "BBC News", "The Guardian", "AP"];
    private static readonly string[] NumberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozens of", "hundreds of", "thousands of"];
    private static readonly string[] Filler =
    [
        "The situation remains tense, and aid groups warn that access to the area is still restricted.",
        "Officials did not say how the figures were compiled, and they could not be independently verified.",
        "Residents described a night of explosions and sirens, with power cut across several districts.",
        "Diplomats are expected to meet again next week to discuss a possible ceasefire.",
        "The claims could not be confirmed by independent observers on the ground.",
        "Satellite images reviewed by analysts show damage to warehouses, bridges and a rail depot.",
        "Humanitarian agencies say that funding shortfalls have forced them to cut rations.",
        "The government has repeatedly denied targeting civilian infrastructure.",
    ];

    /// <summary>One article: a title line, paragraphs of 2 to 5 sentences, and sometimes a closing source line.</summary>
    public string Article()
    {
        var sb = new StringBuilder();
        sb.Append(Title()).Append('\n');
        if (Chance(0.3)) sb.Append("Published: ").Append(Day()).Append(' ').Append(Pick(Months)).Append(' ').Append(Year()).Append('\n');
        int paragraphs = _random.Next(3, 9);
        for (int p = 0; p < paragraphs; p++)
        {
            int sentences = _random.Next(2, 6);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                sb.Append(Sentence());
            }
            sb.Append('\n');
        }
        if (Chance(0.5)) sb.Append(Chance(0.5) ? "Original Source: " : "Source: ").Append(Pick(Outlets)).Append('\n');
        return sb.ToString();
    }

    private string Title() => _random.Next(4) switch
    {
        0 => $"{Pick(Countries)} says {Count(10, 5000)} killed in {Pick(Places)}",
        1 => $"{Pick(Donors)} pledges ${_random.Next(5, 900)} million for {Pick(Countries)}",
        2 => $"Overnight attack on {Pick(Places)}: {Count(10, 300)} {Pick(Weapons)} launched",
        _ => $"{Pick(Countries)} sends more troops to {Pick(Places)}",
    };

    private string Sentence() => _random.Next(12) switch
    {
        0 => $"{Cap(Hedge())}{Count(2, 900)} people were killed and {Count(5, 3000)} wounded in {Pick(Places)} on {Pick(Weekdays)}, {Pick(Sources)} {Pick(Verbs)}.",
        1 => $"According to {Pick(Sources)}, {Hedge()}{Count(1000, 2_000_000)} people have been displaced from {Pick(Places)} since {Pick(Months)}.",
        2 => $"{Pick(Countries)} launched {Hedge()}{Count(5, 400)} {Pick(Weapons)} overnight, {Pick(Sources)} {Pick(Verbs)}, adding that {Count(1, 300)} were shot down.",
        3 => $"{Pick(Donors)} pledged ${_random.Next(1, 999)} million in humanitarian aid on {Day()} {Pick(Months)}, {Pick(People)} {Pick(Verbs)}.",
        4 => $"{Pick(Countries)} has deployed an additional {Count(500, 15000)} troops to {Pick(Places)}, {Pick(People)}, citing {Pick(Sources)}, {Pick(Verbs)}.",
        5 => $"{Cap(Pick(Sources))} {Pick(Verbs)} that {Pick(NumberWords)} {Pick(Demonyms)} soldiers had been captured near {Pick(Places)} in {Pick(Months)} {Year()}.",
        6 => $"The {Ordinal()} round of talks is due to start at {_random.Next(1, 13)}:{_random.Next(0, 6)}0 on {Pick(Weekdays)}, {_random.Next(2, 40)} days after the previous one.",
        7 => $"The {_random.Next(25, 70)}-year-old commander, who joined the army in {_random.Next(1975, 2015)}, said turnout fell by {_random.Next(1, 60)}.{_random.Next(10)}% compared with {Year()}.",
        8 => $"Reconstruction will cost an estimated ${_random.Next(2, 500)}.{_random.Next(10)} billion over {_random.Next(3, 15)} years, a report released on {Day()} {Pick(Months)} found.",
        9 => $"{Cap(Pick(Sources))} said {Hedge()}{Count(100, 60000)} {Pick(Demonyms)} troops are stationed in {Pick(Places)}, up from {Count(100, 20000)} in {Pick(Months)}.",
        _ => Pick(Filler),
    };

    private string Count(int min, int max)
    {
        int n = _random.Next(min, max);
        return _random.Next(6) switch
        {
            0 when n >= 1_000_000 => (n / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " million",
            1 when n < 10_000 => n.ToString(CultureInfo.InvariantCulture),
            _ => n.ToString("N0", CultureInfo.InvariantCulture),
        };
    }

    private string Hedge() => Pick(Hedges);
    private string Ordinal() => Pick(["second", "third", "fourth", "fifth", "12th", "21st"]);
    private int Day() => _random.Next(1, 29);
    private int Year() => _random.Next(2014, 2027);
    private bool Chance(double p) => _random.NextDouble() < p;
    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>
    /// Writes articles as numbered .txt files into <paramref name="folder"/> until they hold at least
    /// <paramref name="bytes"/> bytes of UTF-8, and returns the file paths in order.
    /// </summary>
    public List<string> WriteCorpus(string folder, long bytes)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        long written = 0;
        while (written < bytes)
        {
            var text = Article();
            var path = Path.Combine(folder, $"article-{paths.Count:D6}.txt");
            File.WriteAllText(path, text);
            written += Encoding.UTF8.GetByteCount(text);
            paths.Add(path);
        }
        return paths;
    }
}
