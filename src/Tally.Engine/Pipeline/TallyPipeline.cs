using Tally.Documents;

namespace Tally.Pipeline;

/// <summary>
/// A built, immutable sequence of stages. Thread-safe: build it once and share it (the CLI and the
/// web app each cache one). Each run checks that a stage set what it declared (E003).
/// </summary>
public sealed class TallyPipeline
{
    private readonly ITallyStage[] _stages;

    internal TallyPipeline(ITallyStage[] stages) => _stages = stages;

    public IReadOnlyList<ITallyStage> Stages => _stages;

    /// <summary>The standard extraction pipeline, built once.</summary>
    public static TallyPipeline Default { get; } = new TallyPipelineBuilder().UseDefaults().Build();

    public TallyDocument Process(string text, DocumentMetadata? metadata = null) =>
        Process(new TallyDocument(text, metadata));

    public TallyDocument Process(TallyDocument doc)
    {
        foreach (var stage in _stages)
        {
            doc.CurrentStage = stage.Name;
            stage.Process(doc);
            var unset = stage.Assigns & ~doc.Assigned;
            if (unset != Layer.None) throw new InvalidOperationException(TallyErrors.StageDidNotAssign(stage.Name, unset));
        }
        doc.CurrentStage = null;
        return doc;
    }

    /// <summary>Processes a stream of texts lazily, one document at a time (spaCy's Language.pipe).</summary>
    public IEnumerable<TallyDocument> ProcessAll(IEnumerable<(string Text, DocumentMetadata? Metadata)> items)
    {
        foreach (var (text, metadata) in items) yield return Process(text, metadata);
    }
}
