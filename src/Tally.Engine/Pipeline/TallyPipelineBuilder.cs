using Tally.Documents;

namespace Tally.Pipeline;

/// <summary>
/// Collects stages in order, like Markdig's MarkdownPipelineBuilder, then <see cref="Build"/>s a frozen
/// <see cref="TallyPipeline"/>. Unlike Markdig's, a builder refuses changes once built (E004).
/// </summary>
public sealed class TallyPipelineBuilder
{
    private readonly List<ITallyStage> _stages = [];
    private bool _built;

    public IReadOnlyList<ITallyStage> Stages => _stages;

    public TallyPipelineBuilder Add(ITallyStage stage)
    {
        Editable();
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage just before the first stage of type <typeparamref name="T"/>.</summary>
    public TallyPipelineBuilder InsertBefore<T>(ITallyStage stage) where T : ITallyStage
    {
        Editable();
        _stages.Insert(IndexOf<T>(), stage);
        return this;
    }

    /// <summary>Replaces the first stage of type <typeparamref name="T"/>.</summary>
    public TallyPipelineBuilder Replace<T>(ITallyStage stage) where T : ITallyStage
    {
        Editable();
        _stages[IndexOf<T>()] = stage;
        return this;
    }

    public T? Find<T>() where T : class, ITallyStage => _stages.OfType<T>().FirstOrDefault();

    public bool Contains<T>() where T : ITallyStage => _stages.Any(s => s is T);

    /// <summary>
    /// Checks that every stage's required layers are assigned by an earlier one (E002) and returns
    /// the sealed pipeline.
    /// </summary>
    public TallyPipeline Build()
    {
        Editable();
        var available = Layer.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layer.None) throw new InvalidOperationException(TallyErrors.StageOrder(stage.Name, missing));
            available |= stage.Assigns;
        }
        _built = true;
        return new TallyPipeline(_stages.ToArray());
    }

    private int IndexOf<T>()
    {
        int i = _stages.FindIndex(s => s is T);
        return i >= 0 ? i : throw new InvalidOperationException(TallyErrors.StageNotFound(typeof(T).Name));
    }

    private void Editable()
    {
        if (_built) throw new InvalidOperationException(TallyErrors.PipelineFrozen);
    }
}
