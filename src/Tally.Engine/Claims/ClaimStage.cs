using System.Collections.Immutable;
using Tally.Actors;
using Tally.Attribution;
using Tally.Documents;
using Tally.Lexicons;
using Tally.Numbers;
using Tally.Pipeline;
using Tally.Places;
using Tally.Text;
using Tally.Time;

namespace Tally.Claims;

/// <summary>
/// Turns counting figures into claims (CLAIMS.md): decides what each figure counts (the counted noun and its
/// measure, from the verb or the noun), whose it is (actor), when and where it holds, its aggregate and
/// modality, and whose figure it is (from the Sources layer's reporting frames). A figure repeated in lead,
/// body and summary becomes one claim with several evidence sentences.
/// </summary>
public sealed class ClaimStage : ITallyStage
{
    /// <summary>How far, in tokens, a verb or toll noun may stand from the figure it governs.</summary>
    private const int Reach = 12;

    private static readonly WordList LocativePrepositions =
        new("in", "to", "into", "near", "at", "across", "on", "inside", "around", "throughout", "outside", "within", "from", "over");

    private static readonly string[] ReportedPronouns = ["it", "they", "he", "she", "we"];

    private static readonly WordList DirectSkips = new("a", "an", "the", "another", "all", "only", "just", "nearly", "some", "roughly", "of", "now", "still", "currently", "already");

    /// <summary>What can follow a plural noun that ends its phrase: a stop word or a verb.</summary>
    private static readonly WordList PluralEnders =
        new("and", "or", "in", "at", "on", "from", "of", "were", "was", "are", "have", "had", "that", "which", "during", "across", "to", "for", "with");

    private static readonly string[] ListJoiners = ["and", "or", "plus", "with"];

    private static readonly string[] PartitiveDeterminers = ["the", "its", "their", "these", "those", "his", "her"];

    private readonly ClaimLexicon _lex = ClaimLexicon.Shared;

    public string Name => "claims";
    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Numbers | Layer.Actors | Layer.Places | Layer.Dates | Layer.Sources;
    public Layer Assigns => Layer.Claims;

    public void Process(TallyDocument doc)
    {
        var outlet = Source.Outlet(doc.Metadata.Outlet ?? "unknown");
        var story = doc.Story();
        var layers = new SentenceLayers(doc);
        var found = new List<Claim>();
        var numbers = doc.Numbers;
        int n = 0;
        Claim? paragraphLast = null;
        int paragraph = -1;
        int sentenceIndex = 0;
        foreach (var w in SentenceWindows.Of(doc))
        {
            var sentence = doc.Sentences[sentenceIndex++];
            if (sentence.Paragraph != paragraph) { paragraph = sentence.Paragraph; paragraphLast = null; }
            int first = n;
            while (n < numbers.Count && numbers[n].Span.Start < sentence.Span.End) n++;
            if (n == first) continue;
            var context = new SentenceContext(doc, w, sentence, outlet, paragraphLast, ReadCues(w), layers) { Story = story, Found = found };
            for (int k = first; k < n; k++)
            {
                if (Build(context, numbers, first, n, k) is { } claim)
                {
                    context.Previous = claim;
                    found.Add(claim);
                }
            }
            paragraphLast = context.Previous ?? paragraphLast;
        }
        // A headline stands alone in its paragraph; the body restates its figures.
        var s = doc.Sentences;
        TextSpan? headline = s.Count > 1 && s[0].Paragraph != s[1].Paragraph ? s[0].Span : null;
        doc.Claims = Merge(found, headline);
    }

    /// <summary>The claim whose actor the document has counted most often so far, the latest of them on a tie.</summary>
    private static Claim? DocumentTopic(IReadOnlyList<Claim> found)
    {
        // Per actor: how many claims, and the index of its latest. A document counts few actors, so a short list
        // searched in turn does what a dictionary would, without one made for every sentence that asks.
        var byActor = new List<(string Actor, int Count, int Latest)>();
        for (int i = 0; i < found.Count; i++)
        {
            if (found[i].Subject.Actor is not { } actor) continue;
            int k = 0;
            while (k < byActor.Count && byActor[k].Actor != actor) k++;
            if (k == byActor.Count) byActor.Add((actor, 1, i));
            else byActor[k] = (actor, byActor[k].Count + 1, i);
        }
        int most = 0, latest = -1;
        foreach (var (_, count, index) in byActor)
            if (count > most || count == most && index > latest) (most, latest) = (count, index);
        return latest < 0 ? null : found[latest];
    }

    /// <summary>A document's Actors, Places, Dates and Sources layers, read sentence by sentence as the sentences are.</summary>
    private sealed class SentenceLayers(TallyDocument doc)
    {
        public LayerCursor<ActorMention> Actors { get; } = new(doc.Actors, a => a.Span);
        public LayerCursor<PlaceMention> Places { get; } = new(doc.Places, p => p.Span);
        public LayerCursor<TimeMention> Dates { get; } = new(doc.Dates, d => d.Span);
        public LayerCursor<SourceMention> Sources { get; } = new(doc.Sources, s => s.Span);
    }

    /// <summary>What the claims of one sentence share while it is read left to right.</summary>
    private sealed class SentenceContext(TallyDocument doc, TokenWindow w, Sentence sentence, Source outlet, Claim? paragraphLast, SentenceCues cues,
        SentenceLayers layers)
    {
        public SentenceCues Cues { get; } = cues;
        public TallyDocument Doc { get; } = doc;
        public TokenWindow W { get; } = w;
        public Sentence Sentence { get; } = sentence;
        public Source Outlet { get; } = outlet;
        public Claim? ParagraphLast { get; } = paragraphLast;

        /// <summary>Whom the text is about when a figure names nobody: the paragraph's last claim, else the document's.</summary>
        public Claim? Topic => ParagraphLast ?? DocumentLast;

        /// <summary>Computed only when a figure names nobody, which few do.</summary>
        public Claim? DocumentLast => _documentLast ??= DocumentTopic(Found);

        private Claim? _documentLast;

        /// <summary>The Actors, Places, Dates and Sources annotations inside this sentence (lists, so a foreach over them allocates nothing).</summary>
        public List<ActorMention> Actors => _actors ??= layers.Actors.Inside(Sentence.Span);
        public List<PlaceMention> Places => _places ??= layers.Places.Inside(Sentence.Span);
        public List<TimeMention> Dates => _dates ??= layers.Dates.Inside(Sentence.Span);
        public List<SourceMention> Sources => _sources ??= layers.Sources.Inside(Sentence.Span);

        private List<ActorMention>? _actors;
        private List<PlaceMention>? _places;
        private List<TimeMention>? _dates;
        private List<SourceMention>? _sources;

        /// <summary>The sentence's "since" period and its token (<see cref="SinceOf"/>), read once for all its figures.</summary>
        public (TimeRef? Period, int At) Since => _since ??= (SinceOf(this, out int at), at);

        private (TimeRef?, int)? _since;

        public StoryCountry Story { get; init; } = new(null, []);

        public string? Home => Story.Home;

        /// <summary>The document's claims so far, for "the last figure of this kind".</summary>
        public IReadOnlyList<Claim> Found { get; init; } = [];

        public Claim? LastOfKind(string kind)
        {
            for (int i = Found.Count - 1; i >= 0; i--)
                if (Found[i].Subject.Kind == kind && Found[i].Subject.Actor is not null) return Found[i];
            return null;
        }
        public Claim? Previous { get; set; }
    }

    private Claim? Build(SentenceContext cx, IReadOnlyList<NumberMention> numbers, int first, int end, int k)
    {
        var w = cx.W;
        var m = numbers[k];
        int start = w.IndexAt(m.Span.Start);
        int last = w.LastIndexBefore(m.Span.End);
        if (start >= w.End || last < start) return null;
        if (IsComparison(cx, numbers, first, end, k) || IsHypothetical(w, start)) return null;

        // "eight of the 33": the whole restates an earlier figure; the part is the claim.
        if (w.Is(start - 2, "of") && w.IsAny(start - 1, PartitiveDeterminers) || w.Is(start - 1, "of") && w.IsNumber(start - 2)) return null;
        // Money counts itself: "$11.7 billion over five years" has no counted noun to look for.
        var head = m.Currency is null ? FindHead(cx, last + 1) ?? LabelHead(w, start) : null;
        if (head is { Noun: var unknownNoun } && ReferenceEquals(unknownNoun, UnknownThing)) return null;
        // "one of its largest attacks", "one trader said": a lone "one" counts only with its noun.
        if (m.Form == NumberForm.Words && m.Value.High == 1 && head is null) return null;
        var measure = MeasureOf(cx, m, start, last, head, out bool verbBefore);
        if (measure is null) return null;

        var kind = KindOf(cx, m, head, last);
        if (kind is null) return null;
        if (kind.StartsWith("equipment", StringComparison.Ordinal) && measure is Measure.Casualties or Measure.Killed) measure = Measure.Destroyed;
        // Places are destroyed or merely counted ("displaced to 3,929 locations" counts no displaced people).
        if (kind == "sites" && measure is not (Measure.Destroyed or Measure.Other)) measure = Measure.Other;
        // Only weapons are launched: "attacked the town with 40 fighters" fires nobody.
        if (measure == Measure.Launched && !kind.StartsWith("equipment", StringComparison.Ordinal)) return null;
        // Civilians moved out of harm's way are displaced; troops moved to the front are deployed.
        if (kind == "personnel" && measure == Measure.Displaced) measure = Measure.Deployed;
        // Money is given (sent, delivered) or lost and needed (losses, damage): supplied or cost.
        if (kind.StartsWith("money", StringComparison.Ordinal))
            measure = measure switch
            {
                Measure.Deployed or Measure.Launched or Measure.Released => Measure.Supplied,
                Measure.Casualties or Measure.Killed or Measure.Destroyed or Measure.Wounded => Measure.Cost,
                _ => measure,
            };
        // People are released; weapons "received" or "handed over" are supplied.
        if (kind.StartsWith("equipment", StringComparison.Ordinal) && measure == Measure.Released) measure = Measure.Supplied;
        var place = PlaceOf(cx, m);
        var frame = FrameOf(cx.Doc, m.Span);
        var actor = ActorOf(cx, m, start, last, head, measure.Value, kind, verbBefore, place, frame);
        var time = TimeOf(cx, m);
        var aggregate = AggregateOf(cx, m, measure.Value, time);
        var chain = frame is null ? [cx.Outlet] : frame.Chain.Add(cx.Outlet);
        var modality = frame is { Modality: not Modality.Asserted } ? frame.Modality : ModalityOf(cx);

        var subjectText = head is { } h ? cx.Doc[w.Cover(h.First, h.Last)] : cx.Previous?.Subject.Text ?? "";
        // CLAIMS.md: a hedge in front of a list applies to each figure of it ("at least 87 killed, 140 injured").
        var hedge = m.Hedge;
        // A part ("including 43 in the past day") is no item of the list.
        if (hedge == Hedge.Exact && !m.Increment && cx.Previous is { Figure.Hedge: Hedge.Approx or Hedge.AtLeast or Hedge.AtMost } listHead
            && ContinuesList(w, start, listHead) && !w.IsAny(start - 1, "including", "among")) hedge = listHead.Figure.Hedge;
        return new Claim(
            measure.Value,
            new Subject(actor, kind, subjectText, head?.Noun.Qualifier ?? (head is null ? cx.Previous?.Subject.Qualifier : null)),
            new Figure(m.Value, hedge, cx.Doc[m.Span]),
            aggregate, time, place, chain, modality,
            [cx.Sentence.Span])
        {
            Anchor = m.Span,
        };
    }

    /// <summary>The counted noun after a figure: "3,500 soldiers", "400 North Korean fatalities".</summary>
    private readonly record struct Head(int First, int Last, CountedNoun Noun);

    private Head? FindHead(SentenceContext cx, int from)
    {
        var w = cx.W;
        var stops = _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = from;
        for (int seen = 0; seen < 7 && w.InRange(i); seen++)
        {
            if (w.Kind(i) == Documents.TokenKind.Number && !(w.IsPunct(i - 1, '/') && w.Touching(i - 1))) return null;
            if (w.Kind(i) == Documents.TokenKind.Punctuation)
            {
                // Joiners inside a code or compound ("Shahed-136/131 strike drones") do not end the phrase.
                if ((w.IsPunct(i, '-') || w.IsPunct(i, '/')) && w.Touching(i) && w.Touching(i - 1)) { i++; continue; }
                return null;
            }
            if (w.Is(i, "of"))
            {
                i++;
                while (w.IsAny(i, "the", "its", "their", "them", "these", "those")) i++;
                // "eight of the 33 hostages": the part counts what the whole counts.
                if (w.IsNumber(i)) i++;
                continue;
            }
            if (_lex.Nouns.At(w, i) is { } noun) return new Head(i, i + noun.Words.Length - 1, noun.Meaning);
            // "1,900 Palestinians", "nine South Africans": a people named by demonym, unless a noun follows it.
            if (DemonymEndingAt(cx, i) is { } demonymLast && EndsNounPhrase(w, demonymLast + 1))
                return new Head(i, demonymLast, PeopleByDemonym);
            if (stops.Contains(w.Chars(i)) || IsMeasureWordAt(w, i)) return null;
            // "14 firearms and three grenades", "130 cattle": a noun we do not know counts something we do not track.
            if (IsUnknownPlural(w, i) || _lex.Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(i))) return new Head(i, i, UnknownThing);
            i++;
        }
        return null;
    }

    /// <summary>"- Terrorists neutralised: 64": a report line's label before a colon names what its figure counts.</summary>
    private Head? LabelHead(TokenWindow w, int start)
    {
        if (!w.IsPunct(start - 1, ':')) return null;
        for (int i = w.Start; i < start - 1; i++)
            if (_lex.Nouns.At(w, i) is { } noun && !noun.Meaning.KindFromContext) return new Head(i, i + noun.Words.Length - 1, noun.Meaning);
        return null;
    }

    /// <summary>Stands for a counted noun outside the lexicon; a figure of it is no claim.</summary>
    private static readonly CountedNoun UnknownThing = new("?", null, null);

    private static bool IsUnknownPlural(TokenWindow w, int i)
    {
        var word = w.Chars(i);
        if (word.Length < 4 || !char.IsLower(word[0]) || word[^1] != 's' || word.EndsWith("ss") || word.EndsWith("ous")) return false;
        // A plural noun ends its phrase: punctuation, a stop word or a verb follow it.
        return !w.IsWord(i + 1) || w.IsAny(i + 1, PluralEnders);
    }

    /// <summary>Whether token i can follow a noun phrase's head: punctuation, a stop word, a verb, or nothing.</summary>
    private bool EndsNounPhrase(TokenWindow w, int i) =>
        !w.IsWord(i) || _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(i)) || IsMeasureWordAt(w, i)
        || !w.IsAny(i, "and", "or") && NounAt(w, i) is null && NounAt(w, i + 1) is null && !char.IsUpper(w.Chars(i)[0]);

    private static readonly CountedNoun PeopleByDemonym = new("people", null, null);

    /// <summary>The last token of a demonym mention starting at token i, or null.</summary>
    private static int? DemonymEndingAt(SentenceContext cx, int i)
    {
        var start = cx.W.SpanOf(i).Start;
        foreach (var a in cx.Actors)
            if (a.Span.Start == start && a.Form == ActorForm.Demonym && !a.Possessive && a.Span.End == cx.W.SpanOf(i).End) return i;
        return null;
    }

    private bool IsMeasureWordAt(TokenWindow w, int i) => MeasureAt(w, i, MeasureRole.Verb) is not null;

    /// <summary>One filter per role, made once: a lambda capturing the role would allocate on every probe.</summary>
    private static readonly Func<(Measure Measure, MeasureRole Role), bool>[] RoleIs =
        [.. Enum.GetValues<MeasureRole>().Select(role => (Func<(Measure Measure, MeasureRole Role), bool>)(m => m.Role == role))];

    private Measure? MeasureAt(TokenWindow w, int i, MeasureRole role) =>
        _lex.MeasureWords.At(w, i, RoleIs[(int)role])?.Meaning.Measure;

    /// <summary>A measure phrase of the given role ending exactly at token <paramref name="lastToken"/>.</summary>
    private Measure? MeasureEndingAt(TokenWindow w, int lastToken, MeasureRole role) =>
        _lex.MeasureWords.EndingAt(w, lastToken, RoleIs[(int)role])?.Meaning.Measure;

    /// <summary>
    /// The measure, strongest evidence first: a verb governing the figure directly ("killing 12", "sent an
    /// additional 3,500"), the counted noun ("400 fatalities"), a verb after the noun phrase ("were killed",
    /// "have returned to duty"), a toll noun or verb further before ("the death toll rose to 318"), and last
    /// the figure before it in the same sentence ("…4,000 casualties, while South Korea estimates 3,600").
    /// </summary>
    private Measure? MeasureOf(SentenceContext cx, NumberMention m, int start, int last, Head? head, out bool verbBefore)
    {
        var (w, previous, paragraphLast) = (cx.W, cx.Previous, cx.ParagraphLast);
        verbBefore = false;
        int before = start - 1;
        while (w.IsAny(before, DirectSkips)) before--;
        if ((MeasureEndingAt(w, before, MeasureRole.Verb) ?? MeasureEndingAt(w, before, MeasureRole.Direct)) is { } direct)
        {
            verbBefore = true;
            return direct;
        }
        if (head?.Noun.Measure is { } nounMeasure) return nounMeasure;
        if (w.Is(start - 1, "with"))
            for (int j = start - 2; j >= w.Start && j > start - Reach && w.Kind(j) != Documents.TokenKind.Punctuation; j--)
                if (MeasureEndingAt(w, j, MeasureRole.Instrument) is { } attack) return attack;

        int i = (head?.Last ?? last) + 1;
        // Without a counted noun, only a verb right after the figure governs it ("12 were killed").
        int reach = head is null && m.Currency is null ? 4 : Reach;
        for (int seen = 0; seen < reach && w.InRange(i); seen++, i++)
        {
            if (w.IsPunct(i, ';') || w.IsPunct(i, ':')) break;
            // "attacked 100 ships, sinking two": a participle after a comma governs the figure after it.
            if (w.IsPunct(i, ',') && w.IsWord(i + 1) && w.Chars(i + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && MeasureAt(w, i + 1, MeasureRole.Verb) is not null) break;
            // An age, code or date is no figure; the figures of a list share the verb after the last
            // ("9 Iskander-M missiles and 7 Kh-101 missiles fired"); any other figure has a verb of its own.
            if (w.Kind(i) == Documents.TokenKind.Number && FigureAt(cx, w.SpanOf(i)) && !(w.IsPunct(i - 1, ',') || w.IsAny(i - 1, ListJoiners))) break;
            if (w.IsAny(i, "while", "whereas", "but")) break;
            if (MeasureAt(w, i, MeasureRole.Verb) is { } after) return after == Measure.Present ? StateAfterRemain(w, i) ?? after : after;
        }

        if (previous is not null && ContinuesList(w, start, previous) && !VerbBetween(w, previous, start)) return previous.Measure;

        // A toll noun reaches further than a verb: "the death toll from the earthquake that struck the High
        // Atlas late on Friday rose to 2,901".
        for (int j = start - 1, seen = 0; j >= w.Start && seen < 2 * Reach; j--, seen++)
        {
            if (w.Kind(j) == Documents.TokenKind.Number) break;
            if (seen < Reach && MeasureEndingAt(w, j, MeasureRole.Verb) is { } fartherVerb)
            {
                verbBefore = true;
                return fartherVerb;
            }
            if (MeasureEndingAt(w, j, MeasureRole.Before) is { } farther) return farther;
        }

        if (head is null) return previous?.Measure ?? PartitiveOf(w, last, paragraphLast)?.Measure;
        // A site or place counted with no verb ("training at five designated military sites").
        return head.Value.Noun.Kind == "sites" ? Measure.Other : null;
    }

    /// <summary>Whether a counting figure's number is the token at <paramref name="token"/>, a token of the sentence.</summary>
    private static bool FigureAt(SentenceContext cx, TextSpan token)
    {
        // Figures are found sentence by sentence, so only this sentence's can hold the token.
        var numbers = cx.Doc.Numbers;
        for (int i = LayerSearch.FirstStartingAt(numbers, n => n.Span, cx.Sentence.Span.Start); i < numbers.Count && numbers[i].Span.Start <= token.Start; i++)
            if (numbers[i].Core.Contains(token)) return true;
        return false;
    }

    /// <summary>"remain in Russian captivity", "remain unaccounted for": what follows "remain" says what state they are in.</summary>
    private Measure? StateAfterRemain(TokenWindow w, int verb)
    {
        for (int j = verb + 1; j <= verb + 4 && w.IsWord(j); j++)
            if (MeasureAt(w, j, MeasureRole.Verb) is { } state and not Measure.Present) return state;
        return null;
    }

    /// <summary>"21 of them were officers": a part of the figure the paragraph last counted.</summary>
    private static Claim? PartitiveOf(TokenWindow w, int last, Claim? paragraphLast) =>
        w.Is(last + 1, "of") && w.IsAny(last + 2, "them", "those", "whom") ? paragraphLast : null;

    /// <summary>
    /// "launched 352 drones and 16 missiles", "11 over the Bryansk region, six over …": a figure joined to the
    /// one before it by "and" or a comma shares its verb.
    /// </summary>
    private static bool ContinuesList(TokenWindow w, int start, Claim previous)
    {
        int stop = w.IndexAt(previous.Anchor.End);
        for (int j = start - 1; j >= stop && j >= w.Start; j--)
            if (w.IsAny(j, ListJoiners) || w.IsPunct(j, ',') || w.IsPunct(j, ';') || w.Is(j, "as") && w.Is(j - 1, "well")) return true;
        return false;
    }

    /// <summary>
    /// "launched 23 drones …, adding that it destroyed the missile and 18 of the drones", "… 16 missiles; Kyiv
    /// toll at 14": a new verb or toll noun starts a new list (a counted noun like "deaths" is the last item's own).
    /// </summary>
    private bool VerbBetween(TokenWindow w, Claim previous, int start)
    {
        for (int j = w.IndexAt(previous.Anchor.End); j < start; j++)
            if (MeasureAt(w, j, MeasureRole.Verb) is not null || MeasureAt(w, j, MeasureRole.Before) is not null && NounAt(w, j) is null) return true;
        return false;
    }

    private string? KindOf(SentenceContext cx, NumberMention m, Head? head, int last)
    {
        if (m.Currency is { } currency) return "money:" + currency;
        if (head is { Noun.KindFromContext: false } h) return h.Noun.Kind;
        var w = cx.W;
        // A kind-bearing modifier between the figure and a context noun: "12 civilian deaths".
        if (head is { } hc)
            for (int i = last + 1; i < hc.First; i++)
                if (NounAt(w, i) is { KindFromContext: false } modifier) return modifier.Kind;
        // A figure after a new toll noun ("… 16 missiles; Kyiv toll at 14") is no item of the list before it.
        if (head is null && (cx.Previous is { } p && !VerbBetween(w, p, w.IndexAt(m.Span.Start)) ? p : PartitiveOf(w, last, cx.ParagraphLast)) is { } previous)
            return previous.Subject.Kind;
        // "400 North Korean fatalities … about 300 soldiers": counted people later in the sentence (not the
        // "gunmen" who killed them, before the figure).
        // A noun that modifies another ("deaths from militant violence") counts nobody.
        var stops = _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = last + 1; i < w.End; i++)
            if (_lex.Nouns.At(w, i) is { Meaning: { KindFromContext: false } noun } phrase && !noun.Kind.StartsWith("equipment", StringComparison.Ordinal) && noun.Kind != "sites"
                && !IsInSource(cx, w.SpanOf(i)) && (w.IsWord(i + phrase.Words.Length) is var more && !more || stops.Contains(w.Chars(i + phrase.Words.Length)) || IsMeasureWordAt(w, i + phrase.Words.Length)))
                return noun.Kind;
        if (cx.Topic is { Subject.Kind: "personnel" or "civilians" } topic) return topic.Subject.Kind;
        return "people";
    }

    private CountedNoun? NounAt(TokenWindow w, int i) => _lex.Nouns.At(w, i)?.Meaning;

    /// <summary>Whether a token of the sentence is part of a speaker's name ("police said"): it counts nobody.</summary>
    private static bool IsInSource(SentenceContext cx, TextSpan token)
    {
        // A speaker's words lie in the sentence that names them.
        foreach (var source in cx.Sources)
            if (source.Span.Contains(token)) return true;
        return false;
    }

    /// <summary>
    /// Whose people or things: a country named inside the noun phrase ("400 North Korean fatalities", "troops
    /// from Russia"), a possessive before the figure ("Pyongyang's 11,000 troops"), the place where civilians
    /// are, the clause's subject for measures done by the owner (sent, launched, supplied), and otherwise
    /// the figure before it in the sentence or the paragraph.
    /// </summary>
    private string? ActorOf(SentenceContext cx, NumberMention m, int start, int last, Head? head, Measure measure, string kind, bool verbBefore, PlaceRef? place,
        SourceMention? frame)
    {
        var w = cx.W;
        var doc = cx.Doc;
        int npEnd = head?.Last ?? last;
        bool demonymHead = head is { Noun: var n } && ReferenceEquals(n, PeopleByDemonym);
        if (!demonymHead && (w.Is(npEnd + 1, "from") || w.Is(npEnd + 1, "of"))) npEnd = Math.Min(w.End - 1, npEnd + 4);
        // Most figures name no country in their phrase: the list is made only for one that does.
        List<string>? inPhrase = null;
        foreach (var a in cx.Actors)
        {
            if (a.Span.Start < m.Span.End || a.Span.End > w.SpanOf(npEnd).End || IsMakersMark(cx, a)) continue;
            inPhrase ??= [];
            if (!inPhrase.Contains(a.Country)) inPhrase.Add(a.Country);
        }
        if (inPhrase is not null)
        {
            inPhrase.Sort(StringComparer.Ordinal);
            return string.Join('+', inPhrase);
        }
        // "42 drones launched by Russia": the agent of the participle owns them.
        if (head is { } hb && MeasureAt(w, hb.Last + 1, MeasureRole.Verb) is Measure.Launched or Measure.Deployed or Measure.Supplied
            && w.Is(hb.Last + 2, "by") && ActorStartingAt(cx, hb.Last + 3) is { } agent)
            return agent.Country;
        // "6,000 rockets fired from Gaza": weapons belong to the place they were fired from.
        if (head is { } hf && MeasureAt(w, hf.Last + 1, MeasureRole.Verb) is Measure.Launched && w.Is(hf.Last + 2, "from")
            && PlaceStartingAt(cx, hf.Last + 3) is { Country: { } origin })
            return origin;

        if (start > w.Start + 1 && w.Is(start - 1, "'s") && ActorEndingAt(cx, start - 2) is { } owner) return owner.Country;

        bool civilian = kind is "civilians" or "people";
        if (civilian && WhereCiviliansAre(cx, m) is { } where) return where;

        bool owned = measure is Measure.Deployed or Measure.Launched or Measure.Supplied or Measure.Present or Measure.Cost
            || kind.StartsWith("money", StringComparison.Ordinal) || verbBefore && measure == Measure.Casualties;
        bool inflicted = verbBefore && !civilian && measure is Measure.Killed or Measure.Wounded or Measure.Destroyed or Measure.Captured;
        if ((owned || inflicted) && ClauseSubject(cx, m, frame, clauseOnly: inflicted) is { } subject)
        {
            // Russia "sent", "launched", "lost" its own; air defences that "shot down" 42 drones downed the other side's.
            if (owned) return subject;
            if (cx.Story.Opponent(subject) is { } other) return other;
        }
        if (cx.Previous is { } previous && (head is null || previous.Subject.Kind == kind)) return previous.Subject.Actor;
        if (civilian) return cx.Home;
        if (cx.Topic is { } topic && topic.Subject.Kind == kind) return topic.Subject.Actor;
        if (cx.LastOfKind(kind)?.Subject.Actor is { } earlier) return earlier;
        // Homes, villages, targets and the bill for damage or an appeal belong to the country they are in.
        if (kind == "sites" || measure == Measure.Cost) return place?.Country ?? cx.Home;
        // Still nobody: soldiers in a story are most often its own country's (unless sent there); the weapons
        // it reports shot down or fired at it, the other side's.
        if (kind == "personnel") return measure == Measure.Deployed && place?.Country == cx.Home ? null : cx.Home;
        return kind.StartsWith("equipment", StringComparison.Ordinal) && cx.Home is { } home ? cx.Story.Opponent(home) : null;
    }

    private static ActorMention? ActorStartingAt(SentenceContext cx, int token)
    {
        foreach (var a in cx.Actors)
            if (a.Span.Start == cx.W.SpanOf(token).Start) return a;
        return null;
    }

    private static PlaceMention? PlaceStartingAt(SentenceContext cx, int token)
    {
        foreach (var p in cx.Places)
            if (p.Span.Start == cx.W.SpanOf(token).Start) return p;
        return null;
    }

    private static ActorMention? ActorEndingAt(SentenceContext cx, int token)
    {
        foreach (var a in cx.Actors)
            if (a.Span.End == cx.W.SpanOf(token).End) return a;
        return null;
    }

    /// <summary>
    /// "Iranian-designed drones", "Russian-made rifles", "Iranian-backed militias": who made or backs a thing is
    /// not whose it is.
    /// </summary>
    private static bool IsMakersMark(SentenceContext cx, ActorMention a)
    {
        var text = cx.Doc.Normalized;
        int end = a.Span.End;
        if (end >= text.Length || text[end] != '-') return false;
        int wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        var word = text.AsSpan(end + 1, wordEnd - end - 1);
        return word.Length > 2 && char.IsLower(word[0]) && (word.EndsWith("ed") || word is "made" or "built" or "led" or "run");
    }

    /// <summary>
    /// The clause's subject: the first country named before the figure that is neither the speaker nor a
    /// destination ("North Korea's support to Russia includes the deployment of 3,500 soldiers").
    /// <paramref name="frame"/> is the figure's reporting frame, if any.
    /// </summary>
    private static string? ClauseSubject(SentenceContext cx, NumberMention m, SourceMention? frame, bool clauseOnly)
    {
        var w = cx.W;
        // Who shot down or killed is named in the figure's own clause ("…, adding that its air defences destroyed 18").
        int clauseStart = cx.Sentence.Span.Start;
        if (clauseOnly)
            for (int k = w.IndexAt(m.Span.Start) - 1; k >= w.Start; k--)
                if (w.IsPunct(k, ',') || w.IsPunct(k, ';') || w.IsAny(k, "that", "while", "but")) { clauseStart = w.SpanOf(k).End; break; }
        foreach (var a in cx.Actors)
        {
            if (a.Span.End > m.Span.Start || a.Span.Start < clauseStart) continue;
            if (frame is not null && frame.Span.Contains(a.Span)) continue;
            if (w.IsAny(w.IndexAt(a.Span.Start) - 1, LocativePrepositions)) continue;
            return a.Country;
        }
        return null;
    }

    private static readonly WordList WherePrepositions = new("in", "at", "near", "across", "inside", "throughout", "around", "from", "of", "on");

    /// <summary>The country of the place civilians are in ("in Kharkiv", "from El Fasher"), not where they went ("into Chad").</summary>
    private static string? WhereCiviliansAre(SentenceContext cx, NumberMention m)
    {
        var w = cx.W;
        string? first = null;
        foreach (var p in cx.Places)
        {
            if (p.Country is null) continue;
            // "the toll from Israel's strikes": a possessive country owns something else; nobody is there.
            if (!w.IsAny(PrepositionBefore(w, p), WherePrepositions) || w.Is(w.IndexAt(p.Span.End), "'s")) continue;
            // A name shared across countries ("Litoral") is read in the story's country when it can be, and a
            // place in a country the story never names is more likely a homonym than a new country.
            if (p.Country == cx.Home) return p.Country;
            if (cx.Story.Trusts(p.Country)) first ??= p.Country;
        }
        return first;
    }

    /// <summary>The token before a place and its article or compass word ("in the eastern Donetsk region").</summary>
    private static int PrepositionBefore(TokenWindow w, PlaceMention place)
    {
        int prep = w.IndexAt(place.Span.Start) - 1;
        while (w.IsAny(prep, "the", "eastern", "western", "northern", "southern", "central")) prep--;
        return prep;
    }

    /// <summary>Where: the first place after the figure that a locative preposition introduces, else one before it.</summary>
    private static PlaceRef? PlaceOf(SentenceContext cx, NumberMention m)
    {
        var w = cx.W;
        PlaceMention? before = null;
        foreach (var p in cx.Places)
        {
            if (!w.IsAny(PrepositionBefore(w, p), LocativePrepositions) || !cx.Story.Trusts(p.Country)) continue;
            if (p.Span.Start >= m.Span.End) return new PlaceRef(cx.Doc[p.Span], p.Country);
            before ??= p;
        }
        return before is null ? null : new PlaceRef(cx.Doc[before.Span], before.Country);
    }

    /// <summary>
    /// When: the date expression nearest the figure in its sentence, or the sentence's "since" period when no
    /// other date is nearer ("destroyed 12 tanks over the past 24 hours and claimed 1,350 since the start").
    /// A date before the figure that a "that" separates from it dates the report ("said in a report on Tuesday
    /// that 1,250 were reported missing last year"), so it serves only when the figure's clause has none.
    /// </summary>
    private static TimeRef? TimeOf(SentenceContext cx, NumberMention m)
    {
        var w = cx.W;
        var (since, sinceAt) = cx.Since;
        TimeMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in cx.Dates)
        {
            // The "since" phrase, dates inside it included ("since the war began in October 2023"), is the period below.
            if (since is not null && w.IndexAt(d.Span.Start) is var first && first >= sinceAt && first <= sinceAt + SincePhrase) continue;
            if (FigureBetween(cx, m.Span, d.Span)) continue;
            int distance = Distance(m.Span, d.Span);
            if (d.Span.End <= m.Span.Start && ThatBetween(w, d.Span.End, m.Span.Start)) distance += ReportPenalty;
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        // A sentence that opens with "Since ..." puts all of itself in that period.
        if (since is not null && (best is null || sinceAt == w.Start || Distance(m.Span, w.SpanOf(sinceAt)) <= bestDistance)) return since;
        return best is null ? null : new TimeRef(cx.Doc[best.Span], best.Start, best.End);
    }

    private const int ReportPenalty = 10_000;

    /// <summary>How many tokens after "since" a date may stand and still date the period's start.</summary>
    private const int SincePhrase = 10;

    /// <summary>Characters from the figure to the date; a date before the figure counts double, since most follow theirs.</summary>
    private static int Distance(TextSpan figure, TextSpan date) =>
        date.Start >= figure.End ? date.Start - figure.End : (figure.Start - date.End) * 2;

    private static bool ThatBetween(TokenWindow w, int from, int to)
    {
        for (int i = w.IndexAt(from); i < w.End && w.SpanOf(i).End <= to; i++)
            if (w.Is(i, "that")) return true;
        return false;
    }

    /// <summary>
    /// Whether another figure stands between the figure and its date so that the date is that figure's: any
    /// figure for a date before ("On Monday 5 died; 300 ..."), and for a date after, a part set apart by
    /// "including" ("37,877 killed, including 43 in the past 24 hours") and not a list that shares it
    /// ("352 drones and 16 missiles overnight").
    /// </summary>
    private static bool FigureBetween(SentenceContext cx, TextSpan figure, TextSpan date)
    {
        var w = cx.W;
        int from = Math.Min(figure.End, date.End), to = Math.Max(figure.Start, date.Start);
        var numbers = cx.Doc.Numbers;
        for (int i = LayerSearch.FirstStartingAt(numbers, n => n.Span, from); i < numbers.Count && numbers[i].Span.Start <= to; i++)
        {
            var n = numbers[i];
            if (n.Span.End > to || n.Span == figure) continue;
            if (date.End <= figure.Start) return true;
            int at = w.IndexAt(n.Span.Start);
            for (int k = Math.Max(w.Start, at - 3); k < at; k++)
                if (TimeWords.IsAside(w.Chars(k))) return true;
        }
        return false;
    }

    /// <summary>
    /// "since the war began in October 2023", "since the attack": an open period from its start (where a date
    /// gives it) to publication, which makes the figure a running total; <paramref name="at"/> is the token
    /// "since". It ends at the report's own date when one comes before a "that" ahead of it and is older than
    /// this week's news, a month or a year ("reported in 2019 that bandits had killed 6,000 since 2011";
    /// "said on Thursday that" is current). Not a period: "since" as an adverb ("have since
    /// challenged") or after a superlative ("the highest toll since 2019").
    /// </summary>
    private static TimeRef? SinceOf(SentenceContext cx, out int at)
    {
        var w = cx.W;
        int since = -1;
        for (int i = w.Start; i < w.End && since < 0; i++)
        {
            if (!w.Is(i, "since") || w.IsAny(i + 1, "then", "when", "been") || w.IsAny(i - 1, "have", "has", "had", "having")) continue;
            bool comparison = false;
            for (int k = Math.Max(w.Start, i - 4); k < i; k++)
                comparison |= TimeWords.IsComparison(w.Chars(k));
            if (!comparison) since = i;
        }
        at = since;
        if (since < 0) return null;
        var end = cx.Doc.Metadata.Published;
        foreach (var d in cx.Dates)
            if (d.Span.End <= w.SpanOf(since).Start && !d.Since && d.End is { Precision: not DatePrecision.Day } reported
                && ThatBetween(w, d.Span.End, w.SpanOf(since).Start))
                end = reported;
        // The first date in the phrase that gives a start: "since the fighting erupted on Sept. 9" has two.
        TimeMention? opening = null;
        foreach (var d in cx.Dates)
        {
            int first = w.IndexAt(d.Span.Start);
            if (first < since || first > since + SincePhrase) continue;
            opening ??= d;
            if (d.Start is null) continue;
            opening = d;
            break;
        }
        if (opening is { } o)
            return new TimeRef(cx.Doc[o.Since && o.Start is null || o.Span.Start == w.SpanOf(since).Start ? o.Span : w.Cover(since, w.LastIndexBefore(o.Span.End))], o.Start, end);
        int last = since + 1;
        while (last + 1 < w.End && last - since < 8 && w.Kind(last + 1) != Documents.TokenKind.Punctuation) last++;
        return new TimeRef(cx.Doc[w.Cover(since, last)], null, end);
    }

    private Aggregate AggregateOf(SentenceContext cx, NumberMention m, Measure measure, TimeRef? time)
    {
        // CLAIMS.md: "another" before a figure of a different measure ("60 killed and another 240 wounded") adds nothing.
        if (m.Increment && !(cx.Previous is { } p && p.Measure != measure && p.Evidence[0] == cx.Sentence.Span)) return Aggregate.Increment;
        if (m.Total || cx.Cues.TotalNear(cx.W.IndexAt(m.Span.Start))) return Aggregate.Total;
        if (time is not null && (time.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) || IsSinceDate(cx, time)))
            return Aggregate.Total;
        return Aggregate.Unspecified;
    }

    private static bool IsSinceDate(SentenceContext cx, TimeRef time)
    {
        foreach (var d in cx.Dates)
            if (d.Since && d.Start == time.Start && d.End == time.End) return true;
        return false;
    }

    private static Modality ModalityOf(SentenceContext cx)
    {
        var cues = cx.Cues;
        if (cues.Has(ClaimCue.Denied)) return Modality.Denied;
        if (cues.Has(ClaimCue.Claimed)) return Modality.Claimed;
        if (cues.Has(ClaimCue.Estimated)) return Modality.Estimated;
        return Modality.Asserted;
    }

    /// <summary>
    /// The cue words of one sentence, read once: which kinds occur, and where comparisons and totals stand
    /// (lists made only for a sentence that has one, as most have neither).
    /// </summary>
    private sealed class SentenceCues
    {
        private int _kinds;
        private List<int>? _comparisons;
        private List<int>? _totals;

        public bool Has(ClaimCue cue) => (_kinds & (1 << (int)cue)) != 0;

        /// <summary>Whether a comparison word stands at a token from <paramref name="from"/> up to <paramref name="to"/>, not included.</summary>
        public bool ComparisonBetween(int from, int to) => AnyBetween(_comparisons, from, to - 1);

        /// <summary>"in total", "so far", "the overall toll": a running-total word near the figure, not anywhere in a long sentence.</summary>
        public bool TotalNear(int token) => AnyBetween(_totals, token - 10, token + 6);

        public void Add(ClaimCue cue, int token)
        {
            _kinds |= 1 << (int)cue;
            if (cue == ClaimCue.Comparison) (_comparisons ??= []).Add(token);
            if (cue == ClaimCue.Total) (_totals ??= []).Add(token);
        }

        private static bool AnyBetween(List<int>? tokens, int first, int last)
        {
            if (tokens is null) return false;
            foreach (int t in tokens)
                if (t >= first && t <= last) return true;
            return false;
        }
    }

    private SentenceCues ReadCues(TokenWindow w)
    {
        var cues = new SentenceCues();
        for (int i = w.Start; i < w.End; i++)
            if (_lex.Cues.At(w, i) is { } phrase) cues.Add(phrase.Meaning, i);
        return cues;
    }

    /// <summary>"five of theirs matched ten of ours": two figures joined by a comparison count nobody.</summary>
    private static bool IsComparison(SentenceContext cx, IReadOnlyList<NumberMention> numbers, int first, int end, int k)
    {
        var w = cx.W;
        if (!cx.Cues.Has(ClaimCue.Comparison)) return false;
        for (int other = first; other < end; other++)
        {
            if (other == k) continue;
            var a = numbers[Math.Min(k, other)].Span;
            var b = numbers[Math.Max(k, other)].Span;
            int from = w.IndexAt(a.End), to = w.IndexAt(b.Start);
            if (to - from > 12) continue;
            // "one in five", "three out of four": a ratio.
            if (to - from == 1 && w.Is(from, "in") || to - from == 2 && w.Is(from, "out") && w.Is(from + 1, "of")) return true;
            if (cx.Cues.ComparisonBetween(from, to)) return true;
        }
        return false;
    }

    /// <summary>"could send up to 10,000", "if 5,000 more arrive": a conditional counts nothing yet.</summary>
    private static bool IsHypothetical(TokenWindow w, int start)
    {
        for (int i = start - 1; i >= Math.Max(w.Start, start - 4); i--)
        {
            // "said it would provide $1 million" reports a promise; "would" alone is a hypothetical.
            if (w.Is(i, "would") && w.IsAny(i - 1, ReportedPronouns) && w.IsAny(i - 2, "said", "says", "announced", "that")) return false;
            if (w.IsAny(i, "could", "would", "might", "if", "unless")) return true;
            if (w.Kind(i) == Documents.TokenKind.Punctuation) break;
        }
        return false;
    }

    private static SourceMention? FrameOf(TallyDocument doc, TextSpan figure)
    {
        SourceMention? best = null;
        var sources = doc.Sources;
        for (int i = 0; i < sources.Count; i++)
            if (sources[i].Scope.Contains(figure) && (best is null || sources[i].Scope.Length < best.Scope.Length)) best = sources[i];
        return best;
    }

    /// <summary>
    /// One claim per figure per document: the same measure and interval stated again (headline, lead, body,
    /// summary) about the same or an unnamed actor adds an evidence sentence. The better-informed statement
    /// (a named actor, a longer source chain) gives the fields; the other fills what it lacks. A headline names
    /// its source in short ("Nigerian military says"), so it joins the body's statement from the same country;
    /// a denial of a figure is never the claim it denies.
    /// </summary>
    private static List<Claim> Merge(List<Claim> claims, TextSpan? headline)
    {
        var merged = new List<Claim>();
        foreach (var c in claims)
        {
            int i = SameFigureAt(merged, c, headline);
            if (i < 0) { merged.Add(c); continue; }
            // On a tie the body's statement, fuller than a headline's, gives the fields.
            int gain = Informativeness(c) - Informativeness(merged[i]);
            var (best, other) = gain > 0 || gain == 0 && merged[i].Evidence[0] == headline ? (c, merged[i]) : (merged[i], c);
            merged[i] = best with
            {
                Evidence = [.. best.Evidence.Union(other.Evidence).OrderBy(e => e.Start)],
                Aggregate = best.Aggregate == Aggregate.Unspecified ? other.Aggregate : best.Aggregate,
                Place = best.Place ?? other.Place,
                Time = best.Time ?? other.Time,
                Anchor = merged[i].Anchor,
            };
        }
        return merged;
    }

    private static int SameFigureAt(List<Claim> merged, Claim c, TextSpan? headline)
    {
        for (int i = 0; i < merged.Count; i++)
        {
            var x = merged[i];
            if (x.Measure == c.Measure && x.Figure.Value == c.Figure.Value
                && (x.Subject.Actor == c.Subject.Actor || x.Subject.Actor is null || c.Subject.Actor is null)
                && (x.Modality == Modality.Denied) == (c.Modality == Modality.Denied)
                && (SameFirstSource(x, c) || x.Evidence[0] == headline && x.AccordingTo[0].Country == c.AccordingTo[0].Country)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Two statements of a figure by different sources are two claims. Sources agree the way CLAIMS.md's scorer
    /// says: the same country and a shared word of three letters or more ("Seoul Lawmaker" in a headline is the
    /// "South Korean lawmaker" of the lead).
    /// </summary>
    private static bool SameFirstSource(Claim a, Claim b)
    {
        Source x = a.AccordingTo[0], y = b.AccordingTo[0];
        if (x.IsOutlet || y.IsOutlet || x.Name == y.Name) return true;
        return x.Country == y.Country && Words(x).Overlaps(Words(y));
    }

    private static HashSet<string> Words(Source s) =>
        [.. $"{s.Name} {s.Role}".Split([' ', '-', '\'', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !CommonWords.Contains(w)).Select(w => w.ToLowerInvariant())];

    private static readonly HashSet<string> CommonWords = new(["the", "and", "for", "its", "from", "with"], StringComparer.OrdinalIgnoreCase);

    private static int Informativeness(Claim c) =>
        (c.Subject.Actor is null ? 0 : 4) + Math.Min(c.AccordingTo.Length, 3) + (c.Subject.Text.Length > 0 ? 1 : 0);
}
