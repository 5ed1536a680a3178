using Tally.Documents;

namespace Tally.Pipeline;

/// <summary>
/// One step of the pipeline: reads the layers it <see cref="Requires"/> and sets the ones it
/// <see cref="Assigns"/>. Stages are stateless after construction and safe to share across threads.
/// </summary>
public interface ITallyStage
{
    string Name { get; }
    Layer Requires { get; }
    Layer Assigns { get; }
    void Process(TallyDocument doc);
}
