using Tally.Claims;
using Tally.Documents;

namespace Tally.Evaluation;

/// <summary>
/// One line of a gold file (CLAIMS.md, "Output format"): the claim as annotated, the words it was
/// anchored to, and whether it is borderline. Gold has no offsets, so <see cref="Claim"/> has no
/// evidence, and text fields the annotator left out are empty strings.
/// </summary>
public sealed record GoldClaim(string Doc, Claim Claim, string Anchor, bool Optional, int Line);

/// <summary>
/// A claim the extractor produced for a document, with the words a report shows for it: its first
/// evidence sentence when the document is at hand, otherwise its value and subject as written.
/// </summary>
public sealed record PredictedClaim(string Doc, Claim Claim, string Text)
{
    /// <summary>
    /// The claims of a processed document. A pipeline without a claim stage predicts nothing,
    /// rather than failing on the unassigned layer.
    /// </summary>
    public static IEnumerable<PredictedClaim> From(TallyDocument doc) =>
        doc.Has(Layer.Claims)
            ? doc.Claims.Select(c => new PredictedClaim(doc.Metadata.Name, c, c.Evidence.IsDefaultOrEmpty ? Describe(c) : doc[c.Evidence[0]]))
            : [];

    /// <summary>The words to show for a claim when no document text is at hand.</summary>
    public static string Describe(Claim c) => $"{c.Figure.Text} {c.Subject.Text}".Trim();
}
