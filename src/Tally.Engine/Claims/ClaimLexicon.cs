using System.Collections.Frozen;
using Tally.Lexicons;

namespace Tally.Claims;

/// <summary>A counted noun: the kind it names, the measure it implies and the part of a whole it picks out.</summary>
internal sealed record CountedNoun(string Kind, Measure? Measure, string? Qualifier)
{
    /// <summary>Nouns like "fatalities" say what happened, not to whom: the context gives the kind.</summary>
    public bool KindFromContext => Kind == "?";

    /// <summary>"members": the body named after "of" gives the kind.</summary>
    public bool KindFromBody => Kind == "of";
}

/// <summary>Where a measure word stands relative to the figure it governs.</summary>
internal enum MeasureRole : byte
{
    Verb,
    Before,
    Direct,
    /// <summary>"attacked Ukraine overnight with 298 drones": counts the figure that follows "with".</summary>
    Instrument,
}

/// <summary>How a measure word's measure depends on whom the figure counts (measure-words.tsv, fourth column).</summary>
internal enum MeasureTurn : byte
{
    /// <summary>The measure holds for anyone.</summary>
    None,
    /// <summary>
    /// Coming back ("returned", "repatriated"): soldiers and captives coming back were freed (released); other
    /// people coming back are the displaced returning (refugees, deportees, migrants).
    /// </summary>
    Return,
    /// <summary>
    /// Holding ("hold roughly 9,000 suspected fighters"): soldiers and fighters one side holds are its captives;
    /// other people held (patients a clinic holds, inmates a prison can hold) are counted by no measure.
    /// </summary>
    Personnel,
    /// <summary>
    /// Living somewhere ("living in"): people named by their nationality who live in another country are
    /// counted as refugees or migrants (displaced); anyone else living anywhere is counted by no measure.
    /// </summary>
    Abroad,
    /// <summary>
    /// Striking ("hit 41 aircraft", "20 aircraft had been hit"): weapons and vehicles struck count as destroyed;
    /// people hit are counted by no measure.
    /// </summary>
    Equipment,
    /// <summary>
    /// Rescuing: hostages and the kidnapped rescued were freed (released); people rescued from a flood or a
    /// collapsed building were not held by anyone, and are counted as other.
    /// </summary>
    Captivity,
    /// <summary>
    /// Sending ("sent 12 drones against the city"): drones, missiles, rockets and bombs sent against, at or into
    /// a target were launched; troops and anything else sent were deployed.
    /// </summary>
    Projectile,
    /// <summary>
    /// Taking part ("more than 125 aircraft took part"): troops and equipment named by their noun were deployed;
    /// a figure with no such noun ("seventy of them took part in the defence of Mariupol") is counted by no measure.
    /// </summary>
    Forces,
    /// <summary>
    /// Arriving ("67 German firefighters arrived", "150,000 refugees have arrived", "40 trucks crossed into Gaza"):
    /// troops, rescuers and medics who arrive were deployed, trucks that arrive brought aid (supplied); anyone
    /// else arriving is displaced.
    /// </summary>
    Arrival,
    /// <summary>
    /// Entering ("62 trucks had entered the territory"): trucks that enter brought aid (supplied); a ship "with
    /// 4,000 sailors" that entered a sea is counted by no measure of entering.
    /// </summary>
    Cargo,
}

/// <summary>A measure word: the measure it gives, where it stands, and whether whom it counts turns it.</summary>
internal readonly record struct MeasureWord(Measure Measure, MeasureRole Role, MeasureTurn Turn);

/// <summary>What a sentence-level cue word changes about a claim.</summary>
internal enum ClaimCue : byte
{
    Total,
    Estimated,
    Claimed,
    Denied,
    Comparison,
}

/// <summary>
/// The lexicons the claim stage reads (counted-nouns.tsv, measure-words.tsv, money-nouns.tsv, claim-cues.tsv, np-stops.txt, armed-bodies.txt, regular-troops.txt, receiving-places.txt,
/// adversaries.tsv),
/// loaded once and shared. Multi-word entries are tokenised like the text and tried longest first.
/// </summary>
internal sealed class ClaimLexicon
{
    public static ClaimLexicon Shared { get; } = new();

    private ClaimLexicon()
    {
        Nouns = new(LexiconFile.Rows("counted-nouns.tsv").Select(r => new Phrase<CountedNoun>(LexiconFile.Words(r[0]),
            new CountedNoun(r[1], r[2] == "-" ? null : Parse(r[2]), r[3] is "-" or "qualifier" ? null : r[3]))));
        MeasureWords = new(LexiconFile.Rows("measure-words.tsv").Select(r => new Phrase<MeasureWord>(LexiconFile.Words(r[0]),
            new MeasureWord(Parse(r[1]), Enum.Parse<MeasureRole>(r[2], ignoreCase: true), r.Length > 3 ? Enum.Parse<MeasureTurn>(r[3], ignoreCase: true) : MeasureTurn.None))));
        MoneyNouns = new(LexiconFile.Rows("money-nouns.tsv").Select(r => new Phrase<Measure>(LexiconFile.Words(r[0]), Parse(r[1]))));
        Cues = new(LexiconFile.Rows("claim-cues.tsv").Select(r => new Phrase<ClaimCue>(LexiconFile.Words(r[0]), Enum.Parse<ClaimCue>(r[1], ignoreCase: true))));
        NounPhraseStops = LexiconFile.Set("np-stops.txt");
        ArmedBodies = LexiconFile.Set("armed-bodies.txt");
        RegularTroops = LexiconFile.Set("regular-troops.txt");
        ReceivingPlaces = LexiconFile.Set("receiving-places.txt");
        Adversaries = LexiconFile.Rows("adversaries.tsv").SelectMany(r => new[] { (r[0], r[1]), (r[1], r[0]) })
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        Uncounted = LexiconFile.Set("uncounted-nouns.txt");
        var placeNouns = LexiconFile.Rows("place-nouns.tsv").ToList();
        PlaceNouns = placeNouns.Where(r => r[1] is "back" or "both").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SettlementNouns = placeNouns.Where(r => r[1] is "named" or "both").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public PhraseTable<CountedNoun> Nouns { get; }
    public PhraseTable<MeasureWord> MeasureWords { get; }
    /// <summary>Nouns after a sum of money that say what it is: "a £2.26bn loan", "$12.5 billion in insured losses" (money-nouns.tsv).</summary>
    public PhraseTable<Measure> MoneyNouns { get; }
    public PhraseTable<ClaimCue> Cues { get; }
    public FrozenSet<string> NounPhraseStops { get; }
    public FrozenSet<string> ArmedBodies { get; }

    /// <summary>A state's regular soldiers, whom its own military reports as its own losses (regular-troops.txt).</summary>
    public FrozenSet<string> RegularTroops { get; }

    /// <summary>Places that receive the dead and the hurt: "the mortuary had received 100 bodies" (receiving-places.txt).</summary>
    public FrozenSet<string> ReceivingPlaces { get; }

    /// <summary>Each side of a standing war to its adversary, both ways (adversaries.tsv).</summary>
    public FrozenDictionary<string, string> Adversaries { get; }
    public FrozenSet<string> Uncounted { get; }
    /// <summary>Common nouns for a place named before: "in the city", "across the country".</summary>
    public FrozenSet<string> PlaceNouns { get; }
    /// <summary>Common nouns that introduce the place named after "of": "the eastern city of Goma".</summary>
    public FrozenSet<string> SettlementNouns { get; }

    private static Measure Parse(string name) =>
        ClaimNames.TryParseMeasure(name, out var m) ? m : throw new InvalidOperationException($"[E008] Unknown measure '{name}' in a lexicon file.");
}
