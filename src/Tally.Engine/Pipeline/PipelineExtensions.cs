using Tally.Attribution;
using Tally.Claims;
using Tally.Numbers;
using Tally.Actors;
using Tally.Places;
using Tally.Text;
using Tally.Time;

namespace Tally.Pipeline;

/// <summary>The standard stages, added with Use* calls in the order their layers require.</summary>
public static class PipelineExtensions
{
    public static TallyPipelineBuilder UseText(this TallyPipelineBuilder b) => b.Add(new TextStage());
    public static TallyPipelineBuilder UseActors(this TallyPipelineBuilder b) => b.Add(new ActorStage());
    public static TallyPipelineBuilder UsePlaces(this TallyPipelineBuilder b) => b.Add(new PlaceStage());

    public static TallyPipelineBuilder UseDates(this TallyPipelineBuilder b, DateResolution resolution = DateResolution.Strict) =>
        b.Add(new DateStage(resolution));

    public static TallyPipelineBuilder UseNumbers(this TallyPipelineBuilder b) => b.Add(new NumberStage());
    public static TallyPipelineBuilder UseAttribution(this TallyPipelineBuilder b) => b.Add(new AttributionStage());
    public static TallyPipelineBuilder UseClaims(this TallyPipelineBuilder b) => b.Add(new ClaimStage());

    /// <summary>Every stage of the standard extraction pipeline, in order.</summary>
    public static TallyPipelineBuilder UseDefaults(this TallyPipelineBuilder b) =>
        b.UseText().UseDates().UseActors().UsePlaces().UseNumbers().UseAttribution().UseClaims();
}
