using Tally.Documents;
using Tally.Pipeline;
using Tally.Text;

namespace Tally.Tests;

/// <summary>Documents built with only the stages a test needs, like spaCy's Doc(words=...).</summary>
public static class TestPipelines
{
    /// <summary>Runs the text stage, then the given stages, with any layer the test supplies by hand.</summary>
    public static TallyDocument Run(string text, Action<TallyDocument>? setLayers, params ITallyStage[] stages)
    {
        var doc = new TallyDocument(text);
        new TextStage().Process(doc);
        setLayers?.Invoke(doc);
        foreach (var stage in stages) stage.Process(doc);
        return doc;
    }
}
