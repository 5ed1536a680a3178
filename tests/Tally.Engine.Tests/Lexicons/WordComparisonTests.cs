using Tally.Lexicons;
using Xunit;

namespace Tally.Tests.Lexicons;

/// <summary>WordComparison finds a word ignoring case exactly where the BCL's ordinal ignore-case search does.</summary>
public sealed class WordComparisonTests
{
    private static readonly string[] Texts =
        ["President Volodymyr Zelensky", "the Health Ministry", "Élysée Palace", "ſaid the KELVIN \u212Aelvin", "İstanbul ıs", "naïve café", "", "a", "x-ray X-RAY"];

    private static readonly string[] Words = ["president", "ZELENSKY", "ministry", "élysée", "said", "kelvin", "is", "istanbul", "café", "a", "", "x-ray", "ray", "zz"];

    [Fact]
    public void IndexOfIgnoringCase_AgreesWithOrdinalIgnoreCase()
    {
        foreach (var text in Texts)
            foreach (var word in Words)
            {
                Assert.Equal(text.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase), WordComparison.IndexOfIgnoringCase(text, word));
                Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase), WordComparison.ContainsIgnoringCase(text, word));
            }
    }
}
