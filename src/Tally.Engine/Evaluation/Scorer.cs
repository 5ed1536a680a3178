using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Tally.Attribution;
using Tally.Claims;

namespace Tally.Evaluation;

/// <summary>
/// Scores predicted claims against gold claims as CLAIMS.md's "Scoring" says. Within one document a
/// prediction matches a gold claim when the measures are equal and low and high each agree within
/// 0.5%; each gold claim takes at most one prediction and each prediction serves at most one gold
/// claim. Thread-safe: it keeps no state.
/// </summary>
public static partial class Scorer
{
    /// <summary>Values closer than this share of the larger one are the same figure.</summary>
    public const decimal Tolerance = 0.005m;

    /// <summary>Scores every document that has gold claims or predictions.</summary>
    public static EvalResult Score(IEnumerable<GoldClaim> gold, IEnumerable<PredictedClaim> predicted)
    {
        var goldByDoc = gold.ToLookup(g => g.Doc, StringComparer.Ordinal);
        var predictedByDoc = predicted.ToLookup(p => p.Doc, StringComparer.Ordinal);
        var documents = goldByDoc.Select(g => g.Key).Union(predictedByDoc.Select(p => p.Key), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(doc => ScoreDocument(doc, [.. goldByDoc[doc]], [.. predictedByDoc[doc]]))
            .ToImmutableArray();
        return new EvalResult(
            documents.Aggregate(default(PrfScore), (sum, d) => sum + d.Figures),
            documents.Aggregate(default(PrfScore), (sum, d) => sum + d.Full),
            FieldAccuracy.Over(documents.SelectMany(d => d.Matches)),
            documents);
    }

    /// <summary>
    /// Greedy assignment over every candidate pair, best first: pairs with a required gold claim
    /// before optional ones (a prediction should not be spent on a borderline figure while a required
    /// one goes begging), then pairs counting for full F1, then more agreeing fields, then closer values.
    /// Ties keep document order, so the result is deterministic.
    /// </summary>
    public static DocumentScore ScoreDocument(string doc, IReadOnlyList<GoldClaim> gold, IReadOnlyList<PredictedClaim> predicted)
    {
        var candidates = new List<(int G, int P, MatchedPair Pair, decimal Distance)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < predicted.Count; p++)
                if (SameFigure(gold[g].Claim, predicted[p].Claim))
                    candidates.Add((g, p, Pair(gold[g], predicted[p]), Distance(gold[g].Claim, predicted[p].Claim)));

        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var chosen = new List<MatchedPair>();
        foreach (var c in candidates
            .OrderBy(c => c.Pair.Gold.Optional)
            .ThenByDescending(c => c.Pair.Full)
            .ThenByDescending(c => c.Pair.Agreement)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.G)
            .ThenBy(c => c.P))
        {
            if (goldTaken[c.G] || predictedTaken[c.P]) continue;
            goldTaken[c.G] = predictedTaken[c.P] = true;
            chosen.Add(c.Pair);
        }

        var matches = chosen.Where(m => !m.Gold.Optional).ToImmutableArray();
        var misses = gold.Where((g, i) => !goldTaken[i] && !g.Optional).ToImmutableArray();
        // "Nor does a prediction with its value": any prediction carrying an optional gold figure is
        // neutral, even when another prediction already took that gold claim.
        bool Neutral(PredictedClaim p) => gold.Any(g => g.Optional && SameFigure(g.Claim, p.Claim));
        var ignored = chosen.Where(m => m.Gold.Optional).Select(m => m.Predicted)
            .Concat(predicted.Where((p, i) => !predictedTaken[i] && Neutral(p)))
            .ToImmutableArray();
        var extras = predicted.Where((p, i) => !predictedTaken[i] && !Neutral(p)).ToImmutableArray();

        int full = matches.Count(m => m.Full);
        return new DocumentScore(
            doc,
            new PrfScore(matches.Length, extras.Length, misses.Length),
            new PrfScore(full, matches.Length + extras.Length - full, matches.Length + misses.Length - full),
            matches, misses, extras, ignored);
    }

    /// <summary>Equal measures and low and high each within <see cref="Tolerance"/>.</summary>
    public static bool SameFigure(Claim gold, Claim predicted) =>
        gold.Measure == predicted.Measure
        && Close(gold.Figure.Value.Low, predicted.Figure.Value.Low)
        && Close(gold.Figure.Value.High, predicted.Figure.Value.High);

    /// <summary>
    /// The first sources agree when their countries are equal and their names or roles share a word
    /// of three letters or more, or when both chains are just the outlet: empty, or led by a source
    /// whose role is "outlet". A chain that lacks its outlet ([Budanov]) still has a first source.
    /// </summary>
    public static bool FirstSourceAgrees(ImmutableArray<Source> gold, ImmutableArray<Source> predicted)
    {
        static bool JustOutlet(ImmutableArray<Source> chain) => chain.IsDefaultOrEmpty || chain[0].IsOutlet;
        bool goldOutletOnly = JustOutlet(gold), predictedOutletOnly = JustOutlet(predicted);
        if (goldOutletOnly || predictedOutletOnly) return goldOutletOnly == predictedOutletOnly;
        Source g = gold[0], p = predicted[0];
        if (!string.Equals(g.Country, p.Country, StringComparison.Ordinal)) return false;
        var goldWords = Words(g).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(p).Any(goldWords.Contains);
    }

    private static MatchedPair Pair(GoldClaim gold, PredictedClaim predicted)
    {
        Claim g = gold.Claim, p = predicted.Claim;
        var compared = ClaimField.None;
        var agreeing = ClaimField.None;
        void Compare(ClaimField field, bool equal)
        {
            compared |= field;
            if (equal) agreeing |= field;
        }
        Compare(ClaimField.Actor, g.Subject.Actor == p.Subject.Actor);
        Compare(ClaimField.Kind, KindHead(g.Subject.Kind) == KindHead(p.Subject.Kind));
        Compare(ClaimField.Hedge, g.Figure.Hedge == p.Figure.Hedge);
        Compare(ClaimField.Place, g.Place?.Country == p.Place?.Country);
        Compare(ClaimField.FirstSource, FirstSourceAgrees(g.AccordingTo, p.AccordingTo));
        Compare(ClaimField.Outlet, string.Equals(Outlet(g.AccordingTo), Outlet(p.AccordingTo), StringComparison.OrdinalIgnoreCase));
        Compare(ClaimField.Modality, g.Modality == p.Modality);
        Compare(ClaimField.Time, g.Time?.Start == p.Time?.Start && g.Time?.End == p.Time?.End);
        if (g.Aggregate != Aggregate.Unspecified) Compare(ClaimField.Aggregate, g.Aggregate == p.Aggregate);
        return new MatchedPair(gold, predicted, compared, agreeing);
    }

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>How far apart two figures are, relative to their size, to prefer the closer of two near matches.</summary>
    private static decimal Distance(Claim gold, Claim predicted)
    {
        static decimal Relative(decimal a, decimal b) => a == b ? 0 : Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));
        return Relative(gold.Figure.Value.Low, predicted.Figure.Value.Low) + Relative(gold.Figure.Value.High, predicted.Figure.Value.High);
    }

    private static string KindHead(string kind) => kind.Split(':', 2)[0];

    private static string? Outlet(ImmutableArray<Source> chain) => chain.IsDefaultOrEmpty ? null : chain[^1].Name;

    /// <summary>The words of three letters or more in a source's name and role.</summary>
    private static IEnumerable<string> Words(Source s) =>
        WordPattern().Matches($"{s.Name} {s.Role}").Select(m => m.Value).Where(w => w.Count(char.IsLetter) >= 3);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
