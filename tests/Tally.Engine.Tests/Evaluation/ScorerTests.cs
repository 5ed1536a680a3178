using Tally.Attribution;
using Tally.Claims;
using Tally.Evaluation;
using Xunit;
using static Tally.Tests.Evaluation.TestClaims;

namespace Tally.Tests.Evaluation;

public sealed class ScorerTests
{
    [Theory]
    [InlineData(3500, 3500, true)]
    [InlineData(3500, 3517, true)]   // 0.49% apart
    [InlineData(3500, 3483, true)]
    [InlineData(3500, 3518, false)]  // 0.51% apart
    [InlineData(400, 402, true)]     // 0.5% of the smaller: inside
    [InlineData(400, 403, false)]
    [InlineData(0, 0, true)]
    public void Score_ValueWithinHalfPercent_Matches(int gold, int predicted, bool matches)
    {
        var result = Scorer.Score([Gold(Make(gold))], [Predicted(Make(predicted))]);

        Assert.Equal(matches ? new PrfScore(1, 0, 0) : new PrfScore(0, 1, 1), result.Figures);
    }

    [Fact]
    public void Score_HighOutsideTolerance_NoMatch()
    {
        var result = Scorer.Score([Gold(Make(10_000, 12_000, hedge: Hedge.Range))], [Predicted(Make(10_000, 12_100, hedge: Hedge.Range))]);

        Assert.Equal(0, result.Figures.TruePositives);
    }

    [Fact]
    public void Score_DifferentMeasure_NoMatch()
    {
        var result = Scorer.Score([Gold(Make(400, measure: Measure.Killed))], [Predicted(Make(400, measure: Measure.Wounded))]);

        Assert.Equal(new PrfScore(0, 1, 1), result.Figures);
    }

    [Fact]
    public void Score_SameFigureInAnotherDocument_NoMatch()
    {
        var result = Scorer.Score([Gold(Make(400), doc: "a")], [Predicted(Make(400), doc: "b")]);

        Assert.Equal(new PrfScore(0, 1, 1), result.Figures);
        Assert.Equal(["a", "b"], result.Documents.Select(d => d.Doc));
    }

    [Fact]
    public void Score_UnmatchedOptionalGold_CountsNeitherWay()
    {
        var result = Scorer.Score([Gold(Make(400)), Gold(Make(5, measure: Measure.Other), optional: true)], [Predicted(Make(400))]);

        Assert.Equal(new PrfScore(1, 0, 0), result.Figures);
        Assert.Empty(result.Documents[0].Misses);
    }

    [Fact]
    public void Score_PredictionsWithOptionalValue_CountNeitherWay()
    {
        var optional = Make(5, measure: Measure.Other);
        var result = Scorer.Score([Gold(optional, optional: true)], [Predicted(optional), Predicted(optional)]);

        Assert.Equal(new PrfScore(0, 0, 0), result.Figures);
        Assert.Equal(2, result.Documents[0].Ignored.Length);
        Assert.Empty(result.Documents[0].Extras);
    }

    [Fact]
    public void Score_RequiredAndOptionalGoldSameValue_PredictionGoesToRequired()
    {
        var optionalTwin = Make(400, actor: "RU");
        var result = Scorer.Score([Gold(optionalTwin, optional: true), Gold(Make(400))], [Predicted(optionalTwin)]);

        Assert.Equal(new PrfScore(1, 0, 0), result.Figures);
    }

    [Fact]
    public void Score_TwoPredictionsForOneGold_OneMatchOneExtra()
    {
        var result = Scorer.Score([Gold(Make(400))], [Predicted(Make(400)), Predicted(Make(401))]);

        Assert.Equal(new PrfScore(1, 1, 0), result.Figures);
        Assert.Equal(400, result.Documents[0].Matches.Single().Predicted.Claim.Figure.Value.Low);
        Assert.Equal(401, result.Documents[0].Extras.Single().Claim.Figure.Value.Low);
    }

    [Fact]
    public void Score_SeveralCandidates_GoldTakesPredictionAgreeingOnMostFields()
    {
        var gold = Make(400, hedge: Hedge.Approx, modality: Modality.Estimated, place: "UA");
        var worse = Make(400, hedge: Hedge.Exact, modality: Modality.Estimated);
        var better = Make(400, hedge: Hedge.Approx, modality: Modality.Estimated, place: "UA");

        var result = Scorer.Score([Gold(gold)], [Predicted(worse), Predicted(better)]);

        Assert.Same(better, result.Documents[0].Matches.Single().Predicted.Claim);
        Assert.Same(worse, result.Documents[0].Extras.Single().Claim);
    }

    [Fact]
    public void Score_TwoGoldTwoPredictions_EachGoldGetsItsBestPartner()
    {
        Claim killedKp = Make(400, actor: "KP"), killedRu = Make(400, actor: "RU");

        var result = Scorer.Score([Gold(killedKp), Gold(killedRu)], [Predicted(killedRu), Predicted(killedKp)]);

        Assert.Equal(new PrfScore(2, 0, 0), result.Full);
    }

    [Fact]
    public void Score_ActorDiffers_FigureCountsButFullDoesNot()
    {
        var result = Scorer.Score([Gold(Make(400, actor: "KP"))], [Predicted(Make(400, actor: "RU"))]);

        Assert.Equal(new PrfScore(1, 0, 0), result.Figures);
        Assert.Equal(new PrfScore(0, 1, 1), result.Full);
        Assert.Equal(0, result.Field(ClaimField.Actor).Correct);
    }

    [Fact]
    public void Score_FirstSourceDiffers_FullDoesNotCount()
    {
        var southKorea = new Source("South Korea", "South Korean estimate", "KR");
        var result = Scorer.Score([Gold(Make(400))], [Predicted(Make(400, sources: [southKorea, Outlet]))]);

        Assert.Equal(new PrfScore(0, 1, 1), result.Full);
        Assert.Equal(1, result.Field(ClaimField.Outlet).Correct);
    }

    [Theory]
    [InlineData("Kyrylo Budanov", "chief of Ukraine's defence intelligence", "UA", true)]
    [InlineData("Budanov", null, "UA", true)]                              // name shares a word
    [InlineData("Ukraine's defence intelligence agency", "intelligence agency", "UA", true)] // role shares "intelligence"
    [InlineData("BUDANOV", null, "UA", true)]                              // case-insensitive
    [InlineData("Kyrylo Budanov", "chief", "KR", false)]                   // country differs
    [InlineData("Yu Yong-weon", "South Korean lawmaker", "UA", false)]     // no shared word
    [InlineData("Kyrylo", null, null, false)]                              // country null against UA
    public void FirstSourceAgrees_AgainstBudanov(string name, string? role, string? country, bool agrees) =>
        Assert.Equal(agrees, Scorer.FirstSourceAgrees([Budanov, Outlet], [new Source(name, role, country), Outlet]));

    [Fact]
    public void FirstSourceAgrees_SharedWordShorterThanThreeLetters_Disagrees() =>
        Assert.False(Scorer.FirstSourceAgrees([new Source("UN", "UN agency", null), Outlet], [new Source("UN", null, null), Outlet]));

    [Fact]
    public void FirstSourceAgrees_BothChainsJustTheOutlet_Agrees() =>
        Assert.True(Scorer.FirstSourceAgrees([Outlet], [Source.Outlet("another outlet")]));

    [Fact]
    public void FirstSourceAgrees_OnlyOneChainJustTheOutlet_Disagrees()
    {
        Assert.False(Scorer.FirstSourceAgrees([Outlet], [Budanov, Outlet]));
        Assert.False(Scorer.FirstSourceAgrees([Budanov, Outlet], []));
    }

    [Fact]
    public void FirstSourceAgrees_PredictedChainLacksOutlet_ComparesFirstSource() =>
        Assert.True(Scorer.FirstSourceAgrees([Budanov, Outlet], [Budanov]));

    [Fact]
    public void Score_AggregateComparedOnlyWhereGoldSaysIncrementOrTotal()
    {
        var result = Scorer.Score(
            [Gold(Make(400, aggregate: Aggregate.Unspecified)), Gold(Make(3500, measure: Measure.Deployed, aggregate: Aggregate.Increment))],
            [Predicted(Make(400, aggregate: Aggregate.Total)), Predicted(Make(3500, measure: Measure.Deployed, aggregate: Aggregate.Unspecified))]);

        Assert.Equal(new FieldAccuracy(ClaimField.Aggregate, 0, 1), result.Field(ClaimField.Aggregate));
        Assert.Equal(new FieldAccuracy(ClaimField.Actor, 2, 2), result.Field(ClaimField.Actor));
    }

    [Fact]
    public void Score_KindComparedBeforeColon()
    {
        var result = Scorer.Score(
            [Gold(Make(10, measure: Measure.Destroyed, kind: "equipment:tank"))],
            [Predicted(Make(10, measure: Measure.Destroyed, kind: "equipment:vehicle"))]);

        Assert.Equal(1, result.Field(ClaimField.Kind).Correct);
    }

    [Fact]
    public void Score_NothingPredicted_AllGoldMissedAndScoresZero()
    {
        var result = Scorer.Score([Gold(Make(400)), Gold(Make(3600, measure: Measure.Wounded))], []);

        Assert.Equal(new PrfScore(0, 0, 2), result.Figures);
        Assert.Equal((0.0, 0.0, 0.0), (result.Figures.Precision, result.Figures.Recall, result.Figures.F1));
        Assert.Equal(2, result.Documents.Single().Misses.Length);
        Assert.Null(result.Field(ClaimField.Actor).Accuracy);
    }

    [Fact]
    public void PrfScore_ComputesRatiosAndAdds()
    {
        var score = new PrfScore(3, 1, 2) + new PrfScore(1, 1, 0);

        Assert.Equal(new PrfScore(4, 2, 2), score);
        Assert.Equal(4.0 / 6, score.Precision, 12);
        Assert.Equal(4.0 / 6, score.Recall, 12);
        Assert.Equal(4.0 / 6, score.F1, 12);
    }
}
