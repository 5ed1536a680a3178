using System.Collections.Frozen;
using Words = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;
using Tally.Actors;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Lexicons;
using Tally.Pipeline;
using Tally.Text;

namespace Tally.Places;

/// <summary>
/// Finds places and the country each lies in: countries (actor mentions by name, not demonyms or
/// metonyms), capitals and other cities, regions named with a designator ("Kursk region", "the
/// Donetsk oblast") or by their full name ("Kursk Oblast"), and areas built from a place ("eastern
/// Ukraine", "northern Gaza", "Russia's Far East", "the front lines in Ukraine"). Mentions do not
/// overlap: an area swallows the place it is built from. Where a name stands for several places, a
/// country named in the same sentence decides ("Tripoli" near "Lebanon" is LB), then the data's order.
/// </summary>
public sealed class PlaceStage : ITallyStage
{
    private static readonly Words PlaceNouns = ClaimLexicon.Shared.PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Words InstitutionWords = LexiconFile.Set("institution-words.txt").Union(LexiconFile.Set("outlet-words.txt"))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Words Designators = Set("region", "oblast", "province", "governorate", "krai", "kray", "district", "prefecture", "state");
    private static readonly string[] CompassWords = ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern"];
    private static readonly Words Compass = Set(CompassWords);
    private static readonly string[] CompassFrontWords = ["north", "south"];
    private static readonly Words CompassFronts = Set(CompassFrontWords);
    private static readonly Words CompassBacks = Set("eastern", "western");
    private static readonly string[] FrontWordList = ["front", "frontline", "frontlines"];
    private static readonly Words FrontWords = Set(FrontWordList);
    private static readonly Words LineWords = Set("line", "lines");
    private static readonly Words FrontLinks = Set("in", "of");

    // The openings and lengths of an area's first words (a compass word or "front"), so most words skip the set probes.
    private static readonly WordOpenings AreaOpenings = new([.. CompassWords, .. CompassFrontWords, .. FrontWordList]);

    private static readonly Comparison<ActorMention> ByStart = (a, b) => a.Span.Start.CompareTo(b.Span.Start);

    // Parts of a country named after its possessive: "Russia's Far East", "Ukraine's east".
    private static readonly string[][] CountryParts =
    [
        ["far", "east"], ["far", "north"], ["north"], ["south"], ["east"], ["west"],
        ["northeast"], ["northwest"], ["southeast"], ["southwest"], ["border", "regions"], ["border", "region"], ["border", "areas"],
    ];

    public string Name => "places";
    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Actors;
    public Layer Assigns => Layer.Places;

    public void Process(TallyDocument doc)
    {
        var scan = new Scan(doc);
        var places = new List<PlaceMention>();
        for (int i = 0; i < scan.Pieces.Length;)
        {
            if (!scan.MayStartAt(i))
            {
                i++;
                continue;
            }
            var (place, next) = scan.At(i);
            if (place is not null) places.Add(place);
            i = next;
        }
        doc.Places = places;
    }

    private static Words Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One document's pieces and actors, read left to right.</summary>
    private ref struct Scan
    {
        private readonly TallyDocument _doc;
        private readonly string _text;
        private readonly ActorMention[] _actorsInOrder;

        // The first actor not before the piece last read: pieces are read left to right, so finding the actor
        // at a piece is a step along the sorted actors rather than a hash probe per piece.
        private int _nextActor;

        // Towns' names read as the last word of a longer name ("Interior Minister Pascoal Ronda"): the same word
        // alone later ("Ronda said") is that person again, not the town.
        private HashSet<string>? _surnames;

        public Scan(TallyDocument doc)
        {
            _doc = doc;
            _text = doc.Normalized;
            Pieces = doc.WordPieces();
            _actorsInOrder = [.. doc.Actors];
            Array.Sort(_actorsInOrder, ByStart);
        }

        public readonly ReadOnlySpan<TextSpan> Pieces { get; }

        /// <summary>
        /// Whether a place may start at piece <paramref name="i"/>: an actor starts there, or a name or an area's
        /// first word may. False for most pieces, told without a probe. Pieces are asked about in increasing order.
        /// </summary>
        public bool MayStartAt(int i)
        {
            while (_nextActor < _actorsInOrder.Length && _actorsInOrder[_nextActor].Span.Start < Pieces[i].Start) _nextActor++;
            return _nextActor < _actorsInOrder.Length && _actorsInOrder[_nextActor].Span.Start == Pieces[i].Start
                || Gazetteer.Matcher.MayStartAt(_text, Pieces[i]) || AreaOpenings.MayMatch(Word(i));
        }

        /// <summary>
        /// The place starting at piece <paramref name="i"/>, if any, and the piece to go on from. Pieces are
        /// asked about in increasing order, each first through <see cref="MayStartAt"/>.
        /// </summary>
        public (PlaceMention? Place, int Next) At(int i)
        {
            int actorLength = ActorAt(i, out var actor, out var kind);
            int nameLength = Gazetteer.Matcher.Match(_text, Pieces, i, out var entries);
            if (actorLength == 0 && nameLength == 0)
                return Area(i) ?? (null, i + 1);
            // A capital that the gazetteer also knows goes by the gazetteer, whose context choice tells
            // Tripoli, Lebanon from Tripoli, Libya.
            if (nameLength > actorLength || nameLength == actorLength && kind == CountryNameKind.Capital)
            {
                bool designated = i + nameLength < Pieces.Length && Designators.Contains(Word(i + nameLength));
                // "Information Minister Dana Morris Dixon", "St Elizabeth parish": a town's name ending a run of
                // capitalised words is the last word of a longer name the gazetteer does not know.
                if (actorLength == 0 && !designated && EndsLongerName(i))
                {
                    if (nameLength == 1) (_surnames ??= []).Add(Word(i).ToString());
                    return (null, i + nameLength);
                }
                if (actorLength == 0 && !designated && nameLength == 1 && OpensPersonName(i)) return (null, i + 1);
                if (actorLength == 0 && !designated && nameLength == 1 && _surnames is not null
                    && _surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(i))) return (null, i + 1);
                int end = designated ? i + nameLength : i + nameLength - 1;
                var entry = Choose(entries, designated ? PlaceKind.Region : PlaceKind.City, Pieces[i].Start);
                return (Mention(i, end, entry.Country, designated ? PlaceKind.Region : entry.Kind), end + 1);
            }
            int last = i + actorLength - 1;
            return kind switch
            {
                CountryNameKind.Name or CountryNameKind.AltName =>
                    PartOf(actor!, i, last) ?? (Mention(i, last, actor!.Country, PlaceKind.Country), last + 1),
                CountryNameKind.Capital => (Mention(i, last, actor!.Country, PlaceKind.City), last + 1),
                // A demonym or a metonym ("Kremlin") names a people or an institution, not a place.
                _ => (null, last + 1),
            };
        }

        /// <summary>
        /// Whether the word before piece <paramref name="i"/> is capitalised mid-sentence, right before it: a name
        /// word ("Morris Dixon") or an abbreviation ("St Elizabeth"), not a sentence's first word ("In Goma").
        /// </summary>
        private readonly bool EndsLongerName(int i)
        {
            if (i == 0) return false;
            var before = Pieces[i - 1];
            if (before.End + 1 != Pieces[i].Start || _text[before.End] != ' ' || !char.IsUpper(_text[before.Start])) return false;
            // The sentence's first word is capitalised whatever it is, and so is a word opening a quote, a bracket
            // or a dashed aside.
            return _doc.SentenceAt(before.Start) is var s and >= 0 && _doc.Sentences[s].Span.Start != before.Start
                && !(i >= 2 && _text[Pieces[i - 2].Start] is '"' or '(' or '-' or '\u2014' && Pieces[i - 2].End == before.Start);
        }

        /// <summary>
        /// Whether a one-word town at piece <paramref name="i"/> is the first name of a person: "said Adam Ibrahim",
        /// "Michael Langley", "Abu Yasser". It opens a run of two or three capitalised words (a longer run is an
        /// institution's name) in which no word is a place, a place noun, a role, a body or an institution's word,
        /// as in "Gaza Health Ministry", "Kharkiv Governor", "Himamaylan City", "the Dnipro Herald" or "Mosul Dam",
        /// where the town stays a place.
        /// </summary>
        private readonly bool OpensPersonName(int i)
        {
            int j = i + 1;
            while (j < Pieces.Length && FollowsInName(j))
            {
                var word = Word(j);
                if (Designators.Contains(word) || PlaceNouns.Contains(word) || InstitutionWords.Contains(word) || AttributionLexicon.Shared.RoleOf(word) is not null
                    || ActorAt(j, out _, out _) > 0 || Gazetteer.Matcher.Match(_text, Pieces, j, out _) > 0) return false;
                j++;
            }
            return j - i is 2 or 3;
        }

        /// <summary>Whether piece <paramref name="j"/> is a capitalised word with a lower-case letter, one space after the piece before.</summary>
        private readonly bool FollowsInName(int j)
        {
            var word = Word(j);
            return Pieces[j - 1].End + 1 == Pieces[j].Start && _text[Pieces[j - 1].End] == ' ' && char.IsUpper(word[0])
                && word[1..].ContainsAnyInRange('a', 'z');
        }

        /// <summary>"eastern Ukraine", "north-eastern Syria", "the front lines in Ukraine".</summary>
        private (PlaceMention? Place, int Next)? Area(int i)
        {
            // Sets that ignore case may match a non-ASCII letter to an ASCII one, so only ASCII is skipped.
            if (!AreaOpenings.MayMatch(Word(i))) return null;
            int j = CompassEnd(i);
            if (j < 0) j = FrontEnd(i);
            if (j < 0 || j >= Pieces.Length) return null;
            string? country = null;
            int last = -1;
            if (ActorAt(j, out var actor, out var kind) is > 0 and var n && kind is CountryNameKind.Name or CountryNameKind.AltName)
                (country, last) = (actor!.Country, j + n - 1);
            else if (Gazetteer.Matcher.Match(_text, Pieces, j, out var entries) is > 0 and var m)
                (country, last) = (Choose(entries, PlaceKind.City, Pieces[j].Start).Country, j + m - 1);
            return country is null ? null : (Mention(i, last, country, PlaceKind.Area), last + 1);
        }

        /// <summary>The piece after a compass adjective at <paramref name="i"/> ("eastern", "north-eastern"), or -1.</summary>
        private int CompassEnd(int i)
        {
            if (Compass.Contains(Word(i))) return i + 1;
            bool split = i + 2 < Pieces.Length && Word(i + 1) is "-" && CompassFronts.Contains(Word(i)) && CompassBacks.Contains(Word(i + 2));
            return split ? i + 3 : -1;
        }

        /// <summary>The piece after "front line(s) in", "frontline of", "front in", or -1.</summary>
        private int FrontEnd(int i)
        {
            if (!FrontWords.Contains(Word(i))) return -1;
            int j = i + 1;
            if (j < Pieces.Length && LineWords.Contains(Word(j))) j++;
            else if (j + 1 < Pieces.Length && Word(j) is "-" && LineWords.Contains(Word(j + 1))) j += 2;
            return j < Pieces.Length && FrontLinks.Contains(Word(j)) ? j + 1 : -1;
        }

        /// <summary>"Russia's Far East": a country's possessive followed by one of its parts.</summary>
        private (PlaceMention? Place, int Next)? PartOf(ActorMention country, int first, int last)
        {
            if (!country.Possessive) return null;
            int j = last + 2;
            foreach (var part in CountryParts)
            {
                if (j + part.Length > Pieces.Length) continue;
                int k = 0;
                while (k < part.Length && Word(j + k).Equals(part[k], StringComparison.OrdinalIgnoreCase)) k++;
                if (k == part.Length) return (Mention(first, j + k - 1, country.Country, PlaceKind.Area), j + k);
            }
            return null;
        }

        /// <summary>The number of pieces of a country mention starting at piece <paramref name="i"/> (at or after the last piece read), or 0.</summary>
        private readonly int ActorAt(int i, out ActorMention? actor, out CountryNameKind kind)
        {
            kind = default;
            actor = null;
            int k = _nextActor;
            while (k < _actorsInOrder.Length && _actorsInOrder[k].Span.Start < Pieces[i].Start) k++;
            if (k == _actorsInOrder.Length || _actorsInOrder[k].Span.Start != Pieces[i].Start) return 0;
            actor = _actorsInOrder[k];
            // The mention keeps only its ActorForm; the lexicon tells a capital from a metonym.
            kind = CountryLexicon.Lookup(_text.AsSpan(actor.Span.Start, actor.Span.Length))?.Kind ?? CountryNameKind.Name;
            int j = i;
            while (Pieces[j].End < actor.Span.End) j++;
            return j - i + 1;
        }

        /// <summary>
        /// The entry to take among a name's places: one in a country named in the same sentence first ("the state
        /// of Sucre" beside "Venezuela" is no Bolivian capital), then the wanted kind, then the data's order of preference.
        /// </summary>
        private PlaceEntry Choose(PlaceEntry[] entries, PlaceKind wanted, int position)
        {
            var sentence = _doc.SentenceAt(position) is var s and >= 0 ? _doc.Sentences[s].Span : new TextSpan(0, _text.Length);
            var best = entries[0];
            int bestScore = -1;
            foreach (var entry in entries)
            {
                int score = (entry.Kind == wanted ? 1 : 0) + (Mentioned(entry.Country, sentence, position) ? 2 : 0);
                if (score > bestScore) (best, bestScore) = (entry, score);
            }
            return best;
        }

        // The name itself may be an actor (Tripoli, Libya's capital) and does not count as context.
        // Only actors starting inside the sentence are read, found by binary search, not every actor per place.
        private bool Mentioned(string country, TextSpan sentence, int position)
        {
            int lo = 0, hi = _actorsInOrder.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (_actorsInOrder[mid].Span.Start < sentence.Start) lo = mid + 1;
                else hi = mid;
            }
            for (int k = lo; k < _actorsInOrder.Length && _actorsInOrder[k].Span.Start <= sentence.End; k++)
            {
                var actor = _actorsInOrder[k];
                if (actor.Country == country && sentence.Contains(actor.Span) && !actor.Span.Contains(position)) return true;
            }
            return false;
        }

        private PlaceMention Mention(int first, int last, string? country, PlaceKind kind) =>
            new(new TextSpan(Pieces[first].Start, Pieces[last].End), country, kind);

        private readonly ReadOnlySpan<char> Word(int i) => _text.AsSpan(Pieces[i].Start, Pieces[i].Length);
    }
}
