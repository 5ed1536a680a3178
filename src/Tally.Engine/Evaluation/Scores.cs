using System.Collections.Immutable;
using System.Globalization;

namespace Tally.Evaluation;

/// <summary>
/// Counts of true positives, false positives and false negatives, with precision, recall and F1
/// computed from them, like spaCy's PRFScore: each ratio is 0 when its denominator is 0.
/// Scores of several documents add up with <c>+</c>.
/// </summary>
public readonly record struct PrfScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfScore operator +(PrfScore a, PrfScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000} R {Recall:0.000} F {F1:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>The fields compared over matched pairs (CLAIMS.md, "Scoring", field accuracy).</summary>
[Flags]
public enum ClaimField
{
    None = 0,
    Actor = 1 << 0,
    /// <summary>The part of <c>subject.kind</c> before ':' ("equipment", not "equipment:tank").</summary>
    Kind = 1 << 1,
    Hedge = 1 << 2,
    /// <summary>The place's country.</summary>
    Place = 1 << 3,
    FirstSource = 1 << 4,
    /// <summary>The last element of <c>according_to</c>, by name.</summary>
    Outlet = 1 << 5,
    Modality = 1 << 6,
    /// <summary>Time start and end together.</summary>
    Time = 1 << 7,
    /// <summary>Compared only where the gold says increment or total.</summary>
    Aggregate = 1 << 8,
}

/// <summary>How often one field agreed over the matched pairs where it was compared.</summary>
public sealed record FieldAccuracy(ClaimField Field, int Correct, int Total)
{
    /// <summary>The share correct, or null when no pair compared this field.</summary>
    public double? Accuracy => Total == 0 ? null : (double)Correct / Total;

    /// <summary>The field's name in reports and JSON ("first_source").</summary>
    public string Name => Names[Field];

    public static IReadOnlyList<ClaimField> All { get; } =
    [
        ClaimField.Actor, ClaimField.Kind, ClaimField.Hedge, ClaimField.Place, ClaimField.FirstSource,
        ClaimField.Outlet, ClaimField.Modality, ClaimField.Time, ClaimField.Aggregate,
    ];

    private static readonly ImmutableDictionary<ClaimField, string> Names = new Dictionary<ClaimField, string>
    {
        [ClaimField.Actor] = "actor", [ClaimField.Kind] = "kind", [ClaimField.Hedge] = "hedge",
        [ClaimField.Place] = "place", [ClaimField.FirstSource] = "first_source", [ClaimField.Outlet] = "outlet",
        [ClaimField.Modality] = "modality", [ClaimField.Time] = "time", [ClaimField.Aggregate] = "aggregate",
    }.ToImmutableDictionary();

    /// <summary>One accuracy per field, in <see cref="All"/>'s order, over the given pairs.</summary>
    public static ImmutableArray<FieldAccuracy> Over(IEnumerable<MatchedPair> pairs)
    {
        var list = pairs as IReadOnlyCollection<MatchedPair> ?? pairs.ToList();
        return [.. All.Select(f => new FieldAccuracy(
            f,
            list.Count(p => (p.Agreeing & f) != 0),
            list.Count(p => (p.Compared & f) != 0)))];
    }
}

/// <summary>
/// A prediction matched to a gold claim: same measure and value. <see cref="Compared"/> lists the
/// fields compared, <see cref="Agreeing"/> those that were equal.
/// </summary>
public sealed record MatchedPair(GoldClaim Gold, PredictedClaim Predicted, ClaimField Compared, ClaimField Agreeing)
{
    /// <summary>Whether the pair counts for full F1: actor and first source agree too.</summary>
    public bool Full => (Agreeing & (ClaimField.Actor | ClaimField.FirstSource)) == (ClaimField.Actor | ClaimField.FirstSource);

    /// <summary>How many compared fields agree; the scorer prefers pairs agreeing on more.</summary>
    public int Agreement => System.Numerics.BitOperations.PopCount((uint)Agreeing);
}

/// <summary>
/// The score of one document. <see cref="Misses"/> are required gold claims no prediction matched,
/// <see cref="Extras"/> predictions that matched nothing; <see cref="Ignored"/> predictions carry the
/// value of an optional gold claim and so count neither way.
/// </summary>
public sealed record DocumentScore(
    string Doc,
    PrfScore Figures,
    PrfScore Full,
    ImmutableArray<MatchedPair> Matches,
    ImmutableArray<GoldClaim> Misses,
    ImmutableArray<PredictedClaim> Extras,
    ImmutableArray<PredictedClaim> Ignored)
{
    public ImmutableArray<FieldAccuracy> Fields => FieldAccuracy.Over(Matches);
}

/// <summary>
/// Scores over a set of documents: figure and full P/R/F1 summed over documents (micro-averaged),
/// field accuracy over every matched pair, and each document's own score, ordered by name.
/// </summary>
public sealed record EvalResult(PrfScore Figures, PrfScore Full, ImmutableArray<FieldAccuracy> Fields, ImmutableArray<DocumentScore> Documents)
{
    public FieldAccuracy Field(ClaimField field) => Fields.Single(f => f.Field == field);
}
