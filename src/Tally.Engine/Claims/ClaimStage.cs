using System.Collections.Immutable;
using System.Globalization;
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

    private static readonly string[] ListJoiners = ["and", "or", "plus", "with"];

    /// <summary>Auxiliaries that open a figure's own clause right after it: "251 were taken hostage".</summary>
    private static readonly WordList ClauseAuxiliaries = new("were", "was", "are", "is", "have", "has", "had");

    private static readonly WordList PartitiveDeterminers = new("the", "its", "their", "these", "those", "his", "her");

    /// <summary>Words that take a part of a whole before "of the": "most of the 33", "the rest of the 200".</summary>
    private static readonly WordList Quantifiers =
        new("all", "most", "many", "some", "both", "none", "several", "each", "half", "few", "majority", "rest", "remainder", "bulk", "any", "more", "dozens", "hundreds", "thousands");

    /// <summary>Equipment kinds that fly once, fired at a target: what of them crosses a border was launched.</summary>
    private static readonly HashSet<string> Projectiles =
        ["equipment:missile", "equipment:rocket", "equipment:drone", "equipment:projectile", "equipment:shell", "equipment:bomb", "equipment:mortar", "equipment:munition", "equipment:warhead"];

    private readonly ClaimLexicon _lex = ClaimLexicon.Shared;

    public string Name => "claims";
    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Numbers | Layer.Actors | Layer.Places | Layer.Dates | Layer.Sources;
    public Layer Assigns => Layer.Claims;

    public void Process(TallyDocument doc)
    {
        var outlet = Source.Outlet(doc.Metadata.Outlet ?? "unknown");
        var story = doc.Story();
        var found = new List<Claim>();
        var numbers = doc.Numbers;
        int n = 0;
        var layers = new DocumentLayers(doc);
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
            var context = new SentenceContext(doc, w, sentence, outlet, paragraphLast, ReadCues(w))
            {
                Story = story,
                Found = found,
                Layers = layers,
                SentenceBefore = sentenceIndex > 1 ? doc.Sentences[sentenceIndex - 2].Span : null,
            };
            for (int k = first; k < n; k++)
            {
                if (Build(context, numbers, first, n, k) is { } claim)
                {
                    if (!IsPart(context, claim)) context.Whole = claim;
                    context.Previous = claim;
                    found.Add(claim);
                }
            }
            paragraphLast = context.Previous ?? paragraphLast;
        }
        doc.Claims = Merge(found, HeadlineEnd(doc.Sentences));
    }

    /// <summary>The claim whose actor the document has counted most often so far, the latest of them on a tie.</summary>
    private static Claim? DocumentTopic(IReadOnlyList<Claim> found)
    {
        // Per actor: how many claims, and the index of its latest.
        var byActor = new Dictionary<string, (int Count, int Latest)>();
        for (int i = 0; i < found.Count; i++)
            if (found[i].Subject.Actor is { } actor)
                byActor[actor] = (byActor.GetValueOrDefault(actor).Count + 1, i);
        int most = 0, latest = -1;
        foreach (var (count, index) in byActor.Values)
            if (count > most || count == most && index > latest) (most, latest) = (count, index);
        return latest < 0 ? null : found[latest];
    }

    /// <summary>One cursor per layer a sentence reads, shared by a document's sentences.</summary>
    private sealed class DocumentLayers(TallyDocument doc)
    {
        public LayerCursor<ActorMention> Actors { get; } = new(doc.Actors, a => a.Span);
        public LayerCursor<PlaceMention> Places { get; } = new(doc.Places, p => p.Span);
        public LayerCursor<TimeMention> Dates { get; } = new(doc.Dates, d => d.Span);
    }

    /// <summary>What the claims of one sentence share while it is read left to right.</summary>
    private sealed class SentenceContext(TallyDocument doc, TokenWindow w, Sentence sentence, Source outlet, Claim? paragraphLast, SentenceCues cues)
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

        /// <summary>
        /// The Actors, Places and Dates annotations inside this sentence (lists, so a foreach over them allocates
        /// nothing), read with the document's cursors: sentences come in text order, so the layers are read once.
        /// </summary>
        public List<ActorMention> Actors => _actors ??= Layers.Actors.Inside(Sentence.Span);
        public List<PlaceMention> Places => _places ??= Layers.Places.Inside(Sentence.Span);
        public List<TimeMention> Dates => _dates ??= Layers.Dates.Inside(Sentence.Span);

        private List<ActorMention>? _actors;
        private List<PlaceMention>? _places;
        private List<TimeMention>? _dates;

        public required DocumentLayers Layers { get; init; }

        /// <summary>The sentence's "since" period and its token (<see cref="SinceOf"/>), read once for all its figures.</summary>
        public (TimeRef? Period, int At) Since => _since ??= (SinceOf(this, out int at), at);

        private (TimeRef?, int)? _since;

        /// <summary>The sentence's place only pointed back to (<see cref="ClaimStage.PlaceNamedBefore"/>), read once for all its figures.</summary>
        public PlaceRef? PlaceNamedBefore
        {
            get
            {
                if (!_placeNamedBeforeRead) (_placeNamedBefore, _placeNamedBeforeRead) = (ClaimStage.PlaceNamedBefore(this), true);
                return _placeNamedBefore;
            }
        }

        private PlaceRef? _placeNamedBefore;
        private bool _placeNamedBeforeRead;

        public StoryCountry Story { get; init; } = new(null, []);

        /// <summary>The sentence before this one, in this paragraph or the last.</summary>
        public TextSpan? SentenceBefore { get; init; }

        /// <summary>The last claim, when the sentence just before this one made it: what "of them" may point back to across a paragraph break.</summary>
        public Claim? JustBefore => ParagraphLast ?? (Found.Count > 0 && Found[^1].Evidence[0] == SentenceBefore ? Found[^1] : null);

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

        /// <summary>The introduction of the report list this sentence is a line of, read on first use.</summary>
        public ListIntro? Intro { get; set; }
        public bool IntroRead { get; set; }

        /// <summary>The sentence's last claim that is no part of another ("3,785 killed" in "3,785 killed, including 1,524 children").</summary>
        public Claim? Whole { get; set; }
    }

    /// <summary>Whether a claim just built is a part of the sentence's whole: set off by "including" or listed after such a part.</summary>
    private bool IsPart(SentenceContext cx, Claim claim)
    {
        var w = cx.W;
        int start = w.IndexAt(claim.Anchor.Start);
        return StartsPart(w, start)
            || cx.Previous is { } before && before != cx.Whole && ContinuesList(w, start, before) && !VerbBetween(w, before, start) && !ClauseBetween(w, before, start);
    }

    /// <summary>
    /// The figure whose noun a figure with none carries over: the one before it, unless that was a part and a
    /// new verb or clause has since returned to the whole ("65 killed, including 16 minors, and 365 more wounded").
    /// </summary>
    private Claim? Carried(SentenceContext cx, int start)
    {
        var w = cx.W;
        if (cx.Previous is not { } p || p == cx.Whole || cx.Whole is null) return cx.Previous;
        return VerbBetween(w, p, start) || ClauseBetween(w, p, start) ? cx.Whole : p;
    }

    /// <summary>"… 16 missiles, Kyiv toll at 14": a toll noun between two figures starts a new count.</summary>
    private bool TollBetween(TokenWindow w, Claim previous, int start)
    {
        for (int j = w.IndexAt(previous.Anchor.End); j < start; j++)
            if (MeasureAt(w, j, MeasureRole.Before) is not null && NounAt(w, j) is null) return true;
        return false;
    }

    private static bool ClauseBetween(TokenWindow w, Claim previous, int start)
    {
        for (int j = w.IndexAt(previous.Anchor.End); j < start; j++)
            if (w.IsAny(j, "while", "whereas", "but") || w.IsPunct(j, ';')) return true;
        return false;
    }

    private Claim? Build(SentenceContext cx, IReadOnlyList<NumberMention> numbers, int first, int end, int k)
    {
        var w = cx.W;
        var m = numbers[k];
        int start = w.IndexAt(m.Span.Start);
        int last = w.LastIndexBefore(m.Span.End);
        if (start >= w.End || last < start) return null;
        var hypothesis = HypothesisBefore(w, start);
        if (IsComparison(cx, numbers, first, end, k) || hypothesis == Hypothesis.Conditional) return null;
        // "5,601 killed, 1,000 more than in 2023": a difference counts nobody.
        if (w.IsAny(last + 1, "more", "fewer", "less") && w.Is(last + 2, "than")) return null;

        // "eighty four (84)": digits in brackets restate the figure before them.
        if (w.IsPunct(start - 1, '(') && k > first && numbers[k - 1].Value == m.Value && w.IndexAt(numbers[k - 1].Span.End) == start - 1) return null;
        // "eight of the 33", "most of the 33", "Of the 26 hostages killed, 18 were …": the whole restates an earlier
        // figure; the part is the claim. "The remains of the 14 soldiers" or "the release of the 50 hostages" take no part.
        if (w.Is(start - 2, "of") && w.IsAny(start - 1, PartitiveDeterminers)
            && (start - 2 == w.Start || w.IsNumber(start - 3) || w.IsAny(start - 3, Quantifiers) || w.IsWord(start - 3) && NumberLexicon.Shared.IsOpeningWord(w.Chars(start - 3)))
            || w.Is(start - 1, "of") && w.IsNumber(start - 2)) return null;
        // Money counts itself: "$11.7 billion over five years" has no counted noun to look for.
        var label = m.Currency is null ? LabelHead(w, start) : null;
        int described = DescribedAfterColon(w, start, last);
        var head = m.Currency is null ? FindHead(cx, described >= 0 ? described : last + 1) ?? label : null;
        if (head is { Noun: var unknownNoun } && ReferenceEquals(unknownNoun, UnknownThing)) return null;
        // "one of its largest attacks", "one trader said": a lone "one" counts only with its noun.
        if (m.Form == NumberForm.Words && m.Value.High == 1 && head is null) return null;
        // "at least 20 strikes on boats …, 14 of them since mid-October": a part of a figure that counts nothing
        // we track counts nothing either.
        if (w.Is(last + 1, "of") && w.IsAny(last + 2, "them", "which", "whom") && k > first && cx.Previous?.Anchor != numbers[k - 1].Span) return null;
        var measure = MeasureOf(cx, m, start, last, head, out bool verbBefore, out int toll);
        // "tanks - 10,223 (+8);" under "the total combat losses of the enemy amounted to approximately:".
        var intro = label is not null ? IntroOf(cx) : null;
        measure ??= intro?.Measure;
        if (measure is null) return null;
        // "Russian forces have lost 9,836 tanks": what a side lost is its own, though the tanks count as destroyed.
        bool lost = verbBefore && measure == Measure.Casualties;

        var kind = KindOf(cx, m, head, last, measure.Value);
        if (kind is null) return null;
        if (kind.StartsWith("equipment", StringComparison.Ordinal) && measure is Measure.Casualties or Measure.Killed) measure = Measure.Destroyed;
        // Places are destroyed or merely counted ("displaced to 3,929 locations" counts no displaced people); those a
        // verb of loss governs were destroyed ("150 houses had been buried", "lost 300 homes"), unlike "deaths in 30 villages".
        if (kind == "sites" && measure is Measure.Killed or Measure.Casualties && LostSites(cx, start, last, head)) measure = Measure.Destroyed;
        if (kind == "sites" && measure is not (Measure.Destroyed or Measure.Other)) measure = Measure.Other;
        // Only weapons are launched: "attacked the town with 40 fighters" fires nobody.
        if (measure == Measure.Launched && !kind.StartsWith("equipment", StringComparison.Ordinal)) return null;
        // Civilians moved out of harm's way are displaced; troops moved to the front are deployed, and so
        // are vehicles, while projectiles that "crossed into" a country were fired.
        if (measure == Measure.Displaced && kind == "personnel") measure = Measure.Deployed;
        if (measure == Measure.Displaced && kind.StartsWith("equipment", StringComparison.Ordinal))
            measure = Projectiles.Contains(kind) ? Measure.Launched : Measure.Deployed;
        // Money is given (sent, delivered) or lost and needed (losses, damage): supplied or cost.
        if (kind.StartsWith("money", StringComparison.Ordinal))
            measure = measure switch
            {
                Measure.Deployed or Measure.Launched or Measure.Released or Measure.Displaced => Measure.Supplied,
                Measure.Casualties or Measure.Killed or Measure.Destroyed or Measure.Wounded => Measure.Cost,
                _ => measure,
            };
        // People are released; weapons "received" or "handed over" are supplied.
        if (kind.StartsWith("equipment", StringComparison.Ordinal) && measure == Measure.Released) measure = Measure.Supplied;
        // Only people are taken prisoner (CLAIMS.md): weapons, vehicles or cash seized fit no other measure.
        if (measure == Measure.Captured && (kind.StartsWith("equipment", StringComparison.Ordinal) || kind.StartsWith("money", StringComparison.Ordinal)))
            measure = Measure.Other;
        var place = PlaceOf(cx, m);
        // Looked up once: the actor rules ask for it too.
        var figureFrame = FrameOf(cx.Doc, m.Span);
        var actor = intro?.Actor ?? ActorOf(cx, m, start, last, head, measure.Value, kind, verbBefore, lost, toll, place, figureFrame);
        // A place only pointed back to ("in the state") places the figure but is too vague to say whose it is.
        place ??= cx.PlaceNamedBefore;
        var time = TimeOf(cx, m);
        // A report line that dates nothing holds for its list's period ("Losses, 20 June to 15 July:"), unless it is the
        // day's addition to its total ("(+8)").
        if (time is null && !m.Increment && !IsBracketedAddition(w, start) && (intro ?? (IsReportLine(w) ? IntroOf(cx) : null))?.Time is { } period)
            time = period;
        // "366 people have died since June 20. Of these, 203 deaths were caused by landslides": parts of the figure
        // just before hold when it does.
        if (time is null && w.Is(w.Start, "of") && w.IsAny(w.Start + 1, "these", "them", "those") && w.IsPunct(w.Start + 2, ',')
            && cx.JustBefore is { Time: { } whole }) time = whole;
        var aggregate = AggregateOf(cx, m, measure.Value, time, toll >= 0 && w.IsAny(start - 1, "to", "at") && (w.IsAny(toll, TollNouns) || w.IsAny(toll + 1, TollNouns)));
        // "the total combat losses … amounted to:": each line is a running total, its bracketed addition not.
        if (aggregate == Aggregate.Unspecified && intro is { Total: true }) aggregate = Aggregate.Total;
        var frame = figureFrame ?? intro?.Frame;
        // "According to an AFP tally" in AFP's own story: the outlet's count, no hand before it.
        var chain = frame is null || frame.Chain is [var own] && IsOutletsOwn(own, cx.Outlet) ? [cx.Outlet] : frame.Chain.Add(cx.Outlet);
        var modality = frame is { Modality: not Modality.Asserted } ? frame.Modality
            : hypothesis == Hypothesis.Modal ? Modality.Estimated : ModalityOf(cx, start);

        var subjectText = head is { } h ? cx.Doc[w.Cover(h.First, h.Last)] : cx.Previous?.Subject.Text ?? "";
        // CLAIMS.md: a hedge in front of a list applies to each figure of it ("at least 87 killed, 140 injured").
        var hedge = m.Hedge == Hedge.Exact && intro?.Hedge is { } listHedge ? listHedge : m.Hedge;
        // A part ("including 43 in the past day") is no item of the list, nor is a figure of a new clause ("…, and
        // Britain said it would give 1.5 million pounds", "about 1,200 were killed, and 251 were taken hostage") or
        // one after a label of its own ("Civilians killed: about 12; Soldiers wounded: 4").
        if (hedge == Hedge.Exact && !m.Increment && cx.Previous is { Figure.Hedge: Hedge.Approx or Hedge.AtLeast or Hedge.AtMost } listHead
            && ContinuesList(w, start, listHead) && !w.IsAny(start - 1, "including", "among") && !IsLabelEnd(w, start - 1)
            && !w.IsAny((head?.Last ?? last) + 1, ClauseAuxiliaries)
            && !NewStatementBetween(w, listHead.Anchor.End, w.SpanOf(start).Start)) hedge = listHead.Figure.Hedge;
        return new Claim(
            measure.Value,
            new Subject(actor, kind, subjectText, head?.Noun.Qualifier ?? (head is null ? cx.Previous?.Subject.Qualifier : null)),
            new Figure(m.Value, hedge, cx.Doc[m.Span]),
            aggregate, time, place, chain, modality,
            [cx.Sentence.Span])
        {
            Anchor = m.Span,
            // "wrongly attributed the figure of 44 police officers killed to …": a figure named as one already given.
            Restatement = w.Is(start - 1, "of") && w.IsAny(start - 2, "figure", "toll", "tally", "count") && w.IsAny(start - 3, "the", "this", "that"),
        };
    }

    /// <summary>
    /// Whether a verb of loss governs a figure of places: right before it ("lost 300 homes") or as a passive after
    /// it ("150 houses had been buried"); "buildings that lost their roofs" lost something else.
    /// </summary>
    private bool LostSites(SentenceContext cx, int start, int last, Head? head)
    {
        var w = cx.W;
        int before = start - 1;
        while (w.IsAny(before, DirectSkips)) before--;
        if (MeasureEndingAt(w, before, MeasureRole.Verb) is Measure.Killed or Measure.Casualties) return true;
        for (int i = Math.Max(head?.Last ?? last, last) + 1; i < last + Reach && w.IsWord(i); i++)
            if (GoverningVerbAt(w, i) is { } verb)
                return verb is Measure.Killed or Measure.Casualties && w.IsAny(i - 1, "been", "were", "was", "are", "is", "be");
        return false;
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
                // Scare quotes open on the noun: about 20 "terrorists".
                if (w.IsPunct(i, '"') && i == from && w.Touching(i) && !w.Touching(i - 1)) { i++; continue; }
                // Joiners inside a code or compound ("Shahed-136/131 strike drones") do not end the phrase.
                if ((w.IsPunct(i, '-') || w.IsPunct(i, '/')) && w.Touching(i) && w.Touching(i - 1)) { i++; continue; }
                // Nor does an initialism's last dot ("three U.S. destroyers").
                if (w.IsPunct(i, '.') && w.Touching(i - 1) && IsInitialism(w.Chars(i - 1))) { i++; continue; }
                return null;
            }
            if (w.Is(i, "of"))
            {
                i++;
                while (w.IsAny(i, "the", "its", "their", "them", "these", "those")) i++;
                // "eight of the 33 hostages", "4 million of the roughly 6 million Afghans": the part counts what the whole counts.
                if (w.InRange(i) && FigureStartingAt(cx.Doc, w.SpanOf(i)) is { } whole) i = w.LastIndexBefore(whole.Span.End) + 1;
                else if (w.IsNumber(i)) i++;
                continue;
            }
            if (_lex.Nouns.At(w, i) is { } noun) return Former(w, from, CompoundHead(w, new Head(i, i + noun.Words.Length - 1, BodyKind(w, i + noun.Words.Length, noun.Meaning))));
            // "1,900 Palestinians", "nine South Africans": a people named by demonym, unless a noun follows it. A
            // plural ends its phrase before "and" ("52 Palestinians and 23 soldiers"); "two Afghan and three" goes on.
            if (DemonymEndingAt(cx, i) is { } demonymLast
                && (EndsNounPhrase(w, demonymLast + 1) || w.IsAny(demonymLast + 1, "and", "or") && IsPlural(w.Chars(demonymLast))))
                return new Head(i, demonymLast, PeopleByDemonym);
            // "9,000 suspected IS fighters": a stop word in capitals among lower-case words is a name's initials.
            if (stops.Contains(w.Chars(i)) && !IsAcronym(w, i) || IsMeasureWordAt(w, i)) return null;
            // "14 firearms and three grenades", "130 cattle": a noun we do not know counts something we do not track;
            // one before a counted noun modifies it ("13 gold miners").
            if (IsUnknownPlural(w, i) || _lex.Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(i)) && NounAt(w, i + 1) is null) return new Head(i, i, UnknownThing);
            i++;
        }
        return null;
    }

    /// <summary>
    /// A compound of counted nouns is read as one: "women soldiers" and "military vehicles" count what the
    /// last noun counts, "civilian deaths" what the first does, and "injured people" keeps the first word's
    /// measure. A plural noun ends its phrase ("soldiers killed", "students kidnapped": a participle follows),
    /// except "women" and "men" before a noun of their own kind.
    /// </summary>
    private Head CompoundHead(TokenWindow w, Head head)
    {
        while (_lex.Nouns.At(w, head.Last + 1) is { Meaning: var next } phrase
            && (!IsPlural(w.Chars(head.Last)) || w.IsAny(head.Last, "women", "men") && !next.KindFromContext))
        {
            var first = head.Noun;
            var noun = new CountedNoun(next.KindFromContext ? first.Kind : next.Kind, next.Measure ?? first.Measure, next.Qualifier ?? first.Qualifier);
            head = new Head(head.First, head.Last + phrase.Words.Length, noun);
        }
        return head;
    }

    /// <summary>
    /// "273 members of the security forces" are personnel, "five members of one family" people: a noun whose
    /// kind the body after "of" tells, read from the words after <paramref name="next"/>.
    /// </summary>
    private CountedNoun BodyKind(TokenWindow w, int next, CountedNoun noun)
    {
        if (!noun.KindFromBody) return noun;
        if (!w.Is(next, "of")) return noun with { Kind = "personnel" };
        var armed = _lex.ArmedBodies.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = next + 1; j <= next + 6 && w.IsWord(j); j++)
            if (armed.Contains(w.Chars(j))) return noun with { Kind = "personnel" };
        return noun with { Kind = "people" };
    }

    /// <summary>"seven former FARC fighters": fighters no longer are people like any other.</summary>
    private static Head Former(TokenWindow w, int from, Head head)
    {
        if (head.Noun.Kind != "personnel") return head;
        for (int i = from; i < head.First; i++)
            if (w.Is(i, "former")) return head with { Noun = head.Noun with { Kind = "people" } };
        return head;
    }

    private static bool IsPlural(ReadOnlySpan<char> noun) =>
        noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) || noun.Equals("men", StringComparison.OrdinalIgnoreCase)
        || noun.Equals("women", StringComparison.OrdinalIgnoreCase) || noun.Equals("children", StringComparison.OrdinalIgnoreCase)
        || noun.Equals("people", StringComparison.OrdinalIgnoreCase) || noun.Equals("personnel", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "- Terrorists neutralised: 64": a report line's label before a colon names what its figure counts. In a line
    /// of several labelled figures ("- Bijapur: Soldiers killed: 2; Rebels killed: 31") each figure's own label
    /// comes first, then the line's key before its first label.
    /// </summary>
    private Head? LabelHead(TokenWindow w, int start)
    {
        int separator = start - 1;
        // "tanks - 10,223 (+8)": the day's addition in brackets has its line's label.
        if (IsBracketedAddition(w, start))
            for (separator = start - 3; separator > w.Start && separator > start - 7 && !IsLabelEnd(w, separator); separator--) { }
        if (!IsLabelEnd(w, separator)) return null;
        int label = separator - 1;
        while (label > w.Start && !IsLabelEnd(w, label - 1) && !w.IsPunct(label - 1, ';')) label--;
        int key = w.Start;
        while (key < label && !IsLabelEnd(w, key)) key++;
        return NounIn(w, label, separator) ?? NounIn(w, w.Start, key);
    }

    /// <summary>The first counted noun of known kind in tokens [from, to).</summary>
    private Head? NounIn(TokenWindow w, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (_lex.Nouns.At(w, i) is { } noun && !noun.Meaning.KindFromContext) return new Head(i, i + noun.Words.Length - 1, noun.Meaning);
        return null;
    }

    /// <summary>
    /// "- 45: confirmed deaths in Jamaica": a line that opens with its figure and a colon says after the colon what
    /// the figure counts. Returns the first token after the colon, or -1.
    /// </summary>
    private static int DescribedAfterColon(TokenWindow w, int start, int last)
    {
        if (!w.IsPunct(last + 1, ':')) return -1;
        for (int i = w.Start; i < start; i++)
            if (w.Kind(i) != Documents.TokenKind.Punctuation) return -1;
        return last + 2;
    }

    /// <summary>The colon or spaced dash that ends a report line's label ("- Bandits neutralised: 41", "tanks - 10,223").</summary>
    private static bool IsLabelEnd(TokenWindow w, int i) =>
        w.IsPunct(i, ':') || i > w.Start && w.IsPunct(i, '-') && !w.Touching(i - 1) && !w.Touching(i);

    /// <summary>"10,223 (+8)": the figure at <paramref name="start"/> is the bracketed addition to the one before it.</summary>
    private static bool IsBracketedAddition(TokenWindow w, int start) => w.IsPunct(start - 1, '+') && w.IsPunct(start - 2, '(');

    /// <summary>Whether a sentence is a report line: a short label, a colon or spaced dash, then a figure.</summary>
    private static bool IsReportLine(TokenWindow w)
    {
        for (int i = w.Start + 1; i <= w.Start + 8 && w.InRange(i); i++)
            if (IsLabelEnd(w, i))
            {
                for (int j = i + 1; j <= i + 3; j++)
                    if (w.IsNumber(j)) return true;
                return false;
            }
        return false;
    }

    /// <summary>
    /// What a report list's lines share, said once in the sentence before them that ends in a colon:
    /// "the total combat losses of the enemy from 24.02.2022 to 14.03.2025 amounted to approximately:" gives
    /// each line's measure, hedge, owner, source, running total and period; a table's caption is such a line.
    /// </summary>
    private sealed record ListIntro(Measure? Measure, Hedge? Hedge, string? Actor, SourceMention? Frame, bool Total, TimeRef? Time);

    private ListIntro? IntroOf(SentenceContext cx)
    {
        if (cx.IntroRead) return cx.Intro;
        cx.IntroRead = true;
        for (int s = cx.Sentence.Index - 1; s >= 0 && s >= cx.Sentence.Index - 40; s--)
        {
            var w = SentenceWindows.At(cx.Doc, s);
            if (w.End > w.Start && w.IsPunct(w.End - 1, ':')) return cx.Intro = ReadIntro(cx, w);
            if (!IsReportLine(w)) return null;
        }
        return null;
    }

    private ListIntro ReadIntro(SentenceContext cx, TokenWindow w)
    {
        Measure? measure = null;
        for (int i = w.Start; i < w.End && measure is null; i++)
            measure = MeasureAt(w, i, MeasureRole.Before) ?? MeasureAt(w, i, MeasureRole.Verb);
        var hedge = NumberLexicon.Shared.Hedges.EndingAt(w, w.End - 2)?.Meaning.Hedge;
        var span = new TextSpan(w.SpanOf(w.Start).Start, w.SpanOf(w.End - 1).End);
        SourceMention? frame = null;
        foreach (var source in cx.Doc.Sources)
            if (frame is null && span.Contains(source.Span)) frame = source;
        string? actor = null;
        for (int i = w.Start; i < w.End && actor is null; i++)
            if (w.Is(i, "enemy")) actor = EnemyOf(cx, frame);
        foreach (var a in cx.Doc.Actors)
            if (actor is null && span.Contains(a.Span) && !IsInSource(cx.Doc, a.Span)) actor = a.Country;
        bool total = false;
        for (int i = w.Start; i < w.End; i++)
            total |= _lex.Cues.At(w, i)?.Meaning == ClaimCue.Total;
        TimeRef? time = null;
        foreach (var d in cx.Doc.Dates)
            if (time is null && span.Contains(d.Span) && (d.Start ?? d.End) is not null) time = new TimeRef(cx.Doc[d.Span], d.Start, d.End);
        return new ListIntro(measure, hedge, actor, frame, total, time);
    }

    /// <summary>
    /// "the enemy" in a side's own statement: the other side of the speaker (or of the story's country) in the
    /// story, or in a standing war when the story names no other country.
    /// </summary>
    private string? EnemyOf(SentenceContext cx, SourceMention? speaker) =>
        (speaker?.Source.Country ?? cx.Home) is { } side ? cx.Story.Opponent(side) ?? _lex.Adversaries.GetValueOrDefault(side) : null;

    /// <summary>Stands for a counted noun outside the lexicon; a figure of it is no claim.</summary>
    private static readonly CountedNoun UnknownThing = new("?", null, null);

    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 4) return false;
        foreach (char c in word)
            if (!char.IsUpper(c) && c != '.') return false;
        return true;
    }

    /// <summary>A word in capitals ("IS", "AN") before a word that is not: initials, not a word of a headline in capitals.</summary>
    private static bool IsAcronym(TokenWindow w, int i)
    {
        var word = w.Chars(i);
        if (word.Length < 2 || word.ContainsAnyInRange('a', 'z') || !w.IsWord(i + 1)) return false;
        return w.Chars(i + 1).ContainsAnyInRange('a', 'z');
    }

    private static bool IsUnknownPlural(TokenWindow w, int i)
    {
        var word = w.Chars(i);
        if (word.Length < 4 || !char.IsLower(word[0]) || word[^1] != 's' || word.EndsWith("ss") || word.EndsWith("ous")) return false;
        // A plural noun ends its phrase: punctuation, a stop word or a verb follow it.
        return !w.IsWord(i + 1) || w.IsAny(i + 1, "and", "or", "in", "at", "on", "from", "of", "were", "was", "are", "have", "had", "that", "which", "during", "across", "to", "for", "with");
    }

    /// <summary>Whether token i can follow a noun phrase's head: punctuation, a stop word, a verb, or nothing.</summary>
    private bool EndsNounPhrase(TokenWindow w, int i) =>
        !w.IsWord(i) || _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(i)) || IsMeasureWordAt(w, i)
        || !w.IsAny(i, "and", "or") && NounAt(w, i) is null && NounAt(w, i + 1) is null && !char.IsUpper(w.Chars(i)[0]);

    private static readonly CountedNoun PeopleByDemonym = new("people", null, null);

    /// <summary>The last token of a demonym mention starting at token i ("Palestinians", "North Koreans"), or null.</summary>
    private static int? DemonymEndingAt(SentenceContext cx, int i)
    {
        var start = cx.W.SpanOf(i).Start;
        foreach (var a in cx.Actors)
            if (a.Span.Start == start && a.Form == ActorForm.Demonym && !a.Possessive && cx.W.LastIndexBefore(a.Span.End) is var last && cx.W.SpanOf(last).End == a.Span.End)
                return last;
        return null;
    }

    private bool IsMeasureWordAt(TokenWindow w, int i) => MeasureAt(w, i, MeasureRole.Verb) is not null;

    /// <summary>"the HIMARS multiple launch rocket system": a verb's form before a weapon's name modifies it and governs no figure.</summary>
    private bool ModifiesWeapon(TokenWindow w, int next) => NounAt(w, next)?.Kind.StartsWith("equipment", StringComparison.Ordinal) == true;

    /// <summary>The measure of a verb starting at token <paramref name="i"/> that can govern a figure: no modifier of a weapon's name.</summary>
    private Measure? GoverningVerbAt(TokenWindow w, int i) => GoverningVerb(w, i)?.Meaning.Measure;

    /// <summary>The verb phrase starting at token <paramref name="i"/> that can govern a figure, or null.</summary>
    private Phrase<MeasureWord>? GoverningVerb(TokenWindow w, int i) =>
        _lex.MeasureWords.At(w, i, RoleIs[(int)MeasureRole.Verb]) is { } verb && !ModifiesWeapon(w, i + verb.Words.Length) ? verb : null;

    /// <summary>One filter per role, made once: a lambda capturing the role would allocate on every probe.</summary>
    private static readonly Func<MeasureWord, bool>[] RoleIs =
        [.. Enum.GetValues<MeasureRole>().Select(role => (Func<MeasureWord, bool>)(m => m.Role == role))];

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
    private Measure? MeasureOf(SentenceContext cx, NumberMention m, int start, int last, Head? head, out bool verbBefore, out int toll)
    {
        var (w, previous) = (cx.W, cx.Previous);
        verbBefore = false;
        toll = -1;
        int before = start - 1;
        // A quoted figure keeps its verb: had "neutralised" 20 attackers.
        while (w.IsAny(before, DirectSkips) || w.IsPunct(before, '"')) before--;
        // Only money is spent or cost: "tens of thousands spent another night in the open" counts nobody's cost.
        if ((_lex.MeasureWords.EndingAt(w, before, RoleIs[(int)MeasureRole.Verb]) ?? _lex.MeasureWords.EndingAt(w, before, RoleIs[(int)MeasureRole.Direct]))?.Meaning is { } directWord
            && Turned(cx, directWord, before + 1, head) is { } direct && (direct != Measure.Cost || m.Currency is not null))
        {
            verbBefore = true;
            // "has lost 14 soldiers killed", "there were 80 students kidnapped": the participle after the noun
            // says what happened to them.
            if (direct is Measure.Casualties or Measure.Present && head is { } them && MeasureAt(w, them.Last + 1, MeasureRole.Verb) is { } which
                and not (Measure.Present or Measure.Casualties or Measure.Cost or Measure.Supplied))
                return which;
            // "Burkina Faso has two million internally displaced people": a noun that says what happened to those
            // counted says more than a verb of having, and "the mortuary had received 100 bodies" more than one of
            // receiving.
            if (direct == Measure.Present && head?.Noun.Measure is { } counted) return counted;
            if (direct == Measure.Released && head?.Noun.Measure is { } arrived and not Measure.Captured && ReceivedByPlace(w, before)) return arrived;
            return direct;
        }
        // "128,571 people had been displaced, up from 87,000 two days earlier": an earlier value of the figure before.
        if (EarlierValueOf(cx, start) is { } later) return later.Measure;
        // "held the remains of at least 412 people": the dead; "handed over (or transferred, sent) the bodies of
        // four hostages": returned (CLAIMS.md counts bodies handed back as released).
        int ofBodies = w.IsAny(start - 1, PartitiveDeterminers) ? start - 2 : start - 1;
        if (w.Is(ofBodies, "of") && w.IsAny(ofBodies - 1, "bodies", "remains"))
        {
            int verb = ofBodies - 2;
            while (w.IsAny(verb, DirectSkips)) verb--;
            // A hospital or its medics that "received the bodies of nine people" took in the dead.
            bool returned = MeasureEndingAt(w, verb, MeasureRole.Verb) is Measure.Released or Measure.Deployed or Measure.Supplied
                && !ReceivedByPlace(w, verb);
            return returned || VerbAfter(cx, m, head, last) == Measure.Released ? Measure.Released : Measure.Killed;
        }
        // "a £2.26bn loan", "about $12.5 billion in insured losses": the noun after a sum says what it is.
        if (m.Currency is not null && MoneyNounAfter(w, last) is { } moneyMeasure) return moneyMeasure;
        if (head?.Noun.Measure is { } nounMeasure)
        {
            // Captivity is where prisoners start: "103 prisoners of war … were handed over" are released, and so
            // are a report line's "Hostages rescued: 9".
            var h = head.Value;
            var fate = h.Last < start ? MeasureAt(w, h.Last + 1, MeasureRole.Verb) : VerbAfter(cx, m, head, last);
            if (nounMeasure == Measure.Captured && fate is Measure.Released or Measure.Killed) return fate;
            return nounMeasure;
        }
        // "3,785 killed, including 1,524 children", "Among them were 72 servicemen": a part counts what its whole counts.
        if (WholeOf(cx, start) is { } whole) return whole.Measure;
        // "killed 21 civilians, 11 of them children, and wounded dozens": a part set off between commas, with no verb
        // of its own, counts what the figure before it counts.
        if (IsPartAside(w, start, last) && previous is not null && previous.Evidence[0] == cx.Sentence.Span) return previous.Measure;
        // "Among them were about 200 people serving life sentences and more than 1,000 residents …": the next item too.
        if (head is not null && previous is not null && StartsPart(w, w.IndexAt(previous.Anchor.Start)) && ContinuesList(w, start, previous) && !VerbBetween(w, previous, start))
            return previous.Measure;
        if (w.Is(start - 1, "with"))
            for (int j = start - 2; j >= w.Start && j > start - Reach && w.Kind(j) != Documents.TokenKind.Punctuation; j--)
                if (MeasureEndingAt(w, j, MeasureRole.Instrument) is { } attack) return attack;

        // "That brings to 252 the number of people killed", "raising to 40 the death toll": the toll follows its figure.
        if (head is null && w.Is(start - 1, "to") && w.IsAny(start - 2, TollRaisers))
            for (int j = last + 1; j <= last + 3 && w.IsWord(j); j++)
            {
                if ((MeasureAt(w, j, MeasureRole.Before) ?? NumberOfMeasure(w, j, w.End)) is not { } raised) continue;
                toll = j;
                return raised;
            }
        if (VerbAfter(cx, m, head, last) is { } after) return after;
        // "- $48 billion: total damage across the Caribbean": a sum's line says after its colon what the sum is.
        if (head is null && DescribedAfterColon(w, start, last) is >= 0 and var described)
            for (int j = described; j < described + Reach && w.IsWord(j); j++)
                if ((MeasureAt(w, j, MeasureRole.Verb) ?? MeasureAt(w, j, MeasureRole.Before) ?? NounAt(w, j)?.Measure) is { } said) return said;

        if (previous is not null && ContinuesList(w, start, previous) && !VerbBetween(w, previous, start) && SameListKind(m, previous)) return previous.Measure;

        // A toll noun reaches further than a verb: "the death toll from the earthquake that struck the High
        // Atlas late on Friday rose to 2,901".
        bool pastDate = false; // past a date or a clause's start: a verb further back governs something else
        for (int j = start - 1, seen = 0; j >= w.Start && seen < 2 * Reach; j--, seen++)
        {
            // Another figure has the words before it. A toll noun reaches past a year or a date ("Russian
            // casualties in 2024 alone were likely to have reached about 430,000"); a verb does not ("fled
            // Kharkiv in 2022 with her two children").
            if (w.Kind(j) == Documents.TokenKind.Number)
            {
                if (FigureAt(cx, w.SpanOf(j))) break;
                pastDate = true;
            }
            // "16 soldiers had been killed when around 30 militants attacked": a new clause's figure has its own verb.
            if (w.IsAny(j, "when", "after", "before", "because", "as", "while", "whereas", "although")) pastDate = true;
            // "All 21 were shot down by fighter jets …, three U.S. destroyers and …": the figure is among the doers.
            if (w.Is(j, "by") && head is not null && MeasureEndingAt(w, j - 1, MeasureRole.Verb) is not null) return null;
            if (seen < Reach && !pastDate && _lex.MeasureWords.EndingAt(w, j, RoleIs[(int)MeasureRole.Verb]) is { } fartherVerb && !ModifiesWeapon(w, j + 1))
            {
                // A verb inside "the number of people who fled" describes what is counted; no subject acts on the figure.
                toll = NumberOfBefore(w, j);
                // "the toll from the earthquake that flattened villages rose above 1,400": a relative clause says
                // what its noun did; the figure belongs to the main verb, so only a toll noun further back serves.
                if (toll < 0 && w.IsAny(j - fartherVerb.Words.Length, "that", "which"))
                {
                    pastDate = true;
                    continue;
                }
                if (Turned(cx, fartherVerb.Meaning, j + 1, head) is not { } fartherMeasure) continue;
                verbBefore = toll < 0;
                return fartherMeasure;
            }
            if (_lex.MeasureWords.EndingAt(w, j, RoleIs[(int)MeasureRole.Before]) is { } farther && Turned(cx, farther.Meaning, j + 1, head) is { } tollMeasure)
            {
                toll = j - farther.Words.Length + 1;
                return tollMeasure;
            }
            // "The number of ethnic Armenians who have fled Nagorno-Karabakh … has reached 100,417": what the
            // number counts is said inside its phrase, however far back.
            if (NumberOfMeasure(w, j, start) is { } counted)
            {
                toll = j;
                return counted;
            }
        }

        // "put the number at 'more than 3,500'", "its own tally stood at about 500": a bare count noun counts what the
        // paragraph has been counting, its largest figure rather than a part of it, else what the story counts.
        if (head is null && CountNounAt(w, start) && (LargestInParagraph(cx) ?? cx.DocumentLast) is { } counting) return counting.Measure;
        if (head is null) return (previous is not null && SameListKind(m, previous) ? previous.Measure : (Measure?)null) ?? PartitiveOf(cx, last, head)?.Measure;
        // "The carrier, with more than 4,000 sailors, entered the Caribbean": troops a ship, base or unit has with it
        // are its strength.
        if (head.Value.Noun.Kind == "personnel" && w.Is(start - 1, "with")) return Measure.Present;
        // A site or place counted with no verb ("training at five designated military sites").
        return head.Value.Noun.Kind == "sites" ? Measure.Other : null;
    }

    /// <summary>The paragraph's claim with the largest figure so far, or null.</summary>
    private static Claim? LargestInParagraph(SentenceContext cx)
    {
        int paragraphStart = cx.Doc.Paragraphs[cx.Sentence.Paragraph].Span.Start;
        Claim? largest = null;
        for (int i = cx.Found.Count - 1; i >= 0 && cx.Found[i].Evidence[0].Start >= paragraphStart; i--)
            if (largest is null || cx.Found[i].Figure.Value.High > largest.Figure.Value.High) largest = cx.Found[i];
        return largest;
    }

    /// <summary>The country of a sentence opening "On the Israeli side" or "On Russia's side", or null.</summary>
    private static string? SideOpening(SentenceContext cx)
    {
        var w = cx.W;
        if (!w.Is(w.Start, "on")) return null;
        int at = w.Is(w.Start + 1, "the") ? w.Start + 2 : w.Start + 1;
        if (ActorStartingAt(cx, at) is not { } actor) return null;
        int after = w.IndexAt(actor.Span.End);
        if (w.Is(after, "'s")) after++;
        return w.Is(after, "side") ? actor.Country : null;
    }

    /// <summary>Whether "at" before the figure follows a bare count noun: "put the number at", "its tally stood at".</summary>
    private static bool CountNounAt(TokenWindow w, int start)
    {
        int at = start - 1;
        while (w.IsPunct(at, '"')) at--;
        if (!w.Is(at, "at")) return false;
        for (int k = at - 1; k >= w.Start && k >= at - 3 && w.IsWord(k); k--)
            if (w.IsAny(k, CountNouns)) return !w.Is(k + 1, "of");
        return false;
    }

    private static readonly WordList CountNouns = new("number", "tally", "figure", "count", "total", "estimate");

    /// <summary>
    /// Whether a figure may take the measure of the one before it: a sum of money only another sum's ("Missing: 27;
    /// Estimated loss: ₹1,260 crore" gives the rupees no missing people's measure).
    /// </summary>
    private static bool SameListKind(NumberMention m, Claim previous) =>
        m.Currency is null || previous.Subject.Kind.StartsWith("money", StringComparison.Ordinal);

    /// <summary>The measure a noun after a sum of money gives it, right after the sum, past a few modifiers or after "in".</summary>
    private Measure? MoneyNounAfter(TokenWindow w, int last)
    {
        var stops = _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = w.Is(last + 1, "in") ? last + 2 : last + 1;
        for (int seen = 0; seen < 4 && w.IsWord(i); seen++, i++)
        {
            if (_lex.MoneyNouns.At(w, i) is { } noun) return noun.Meaning;
            if (stops.Contains(w.Chars(i)) || !char.IsLower(w.Chars(i)[0])) return null;
        }
        return null;
    }

    /// <summary>
    /// How far back, in words within a clause, a receiver of the dead may stand from its verb: far enough for a
    /// subject said to speak ("Medics at Nasser Hospital in Khan Younis said they had received").
    /// </summary>
    private const int ReceiverReach = 12;

    /// <summary>Whether a hospital, a mortuary or medics are the subject of the verb ending at token <paramref name="verb"/>: the clause's words before it name one.</summary>
    private bool ReceivedByPlace(TokenWindow w, int verb)
    {
        var places = _lex.ReceivingPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = verb - 1; j >= w.Start && j >= verb - ReceiverReach && w.IsWord(j); j--)
            if (places.Contains(w.Chars(j))) return true;
        return false;
    }

    /// <summary>
    /// The claim before a figure in its sentence when the figure is that claim's earlier value: "up from 87,000 two
    /// days earlier", "down from a peak of about 25,000", "up from an earlier estimate of 60", "up from 64 announced
    /// on Tuesday" (whose own verb, "announced", says nothing of what it counts).
    /// </summary>
    private static Claim? EarlierValueOf(SentenceContext cx, int start)
    {
        var w = cx.W;
        int from = start - 1;
        while (from > start - 5 && w.IsAny(from, EarlierValueWords)) from--;
        return w.Is(from, "from") && w.IsAny(from - 1, "up", "down") && cx.Previous is { } later && later.Evidence[0] == cx.Sentence.Span ? later : null;
    }

    /// <summary>The words between "up from" and an earlier value: "a peak of", "an earlier estimate of", "the".</summary>
    private static readonly WordList EarlierValueWords = new("a", "an", "the", "of", "peak", "high", "low", "earlier", "previous", "initial", "estimate", "figure", "toll", "count");

    /// <summary>Verbs that raise a toll to a figure named before the toll: "brings to 252 the number of people killed".</summary>
    private static readonly WordList TollRaisers =
        new("brings", "bring", "bringing", "brought", "raises", "raise", "raising", "raised", "takes", "take", "taking", "took", "pushes", "pushing", "pushed", "lifts", "lifting", "lifted");

    /// <summary>
    /// What "the number of …" at token <paramref name="number"/> counts, said inside its phrase before token
    /// <paramref name="end"/> ("the number of people killed", "the number of Armenians who have fled"), or null.
    /// </summary>
    private Measure? NumberOfMeasure(TokenWindow w, int number, int end)
    {
        if (!w.Is(number, "number") || !w.Is(number + 1, "of")) return null;
        for (int k = number + 2; k < end && w.InRange(k) && w.Kind(k) != Documents.TokenKind.Punctuation; k++)
            if ((MeasureAt(w, k, MeasureRole.Verb) ?? NounAt(w, k)?.Measure) is { } counted) return counted;
        return null;
    }

    /// <summary>
    /// The measure a word gives the figure, turned by whom the figure counts (<see cref="MeasureTurn"/>):
    /// <paramref name="next"/> is the token after the word; null when the word counts them by no measure.
    /// </summary>
    private Measure? Turned(SentenceContext cx, MeasureWord word, int next, Head? head) => word.Turn switch
    {
        MeasureTurn.Return => ComingBack(cx, next, head),
        MeasureTurn.Abroad => LivesAbroad(cx, next, head) ? Measure.Displaced : null,
        MeasureTurn.Personnel => head?.Noun.Kind == "personnel" ? word.Measure : null,
        MeasureTurn.Equipment => head?.Noun.Kind.StartsWith("equipment", StringComparison.Ordinal) == true ? word.Measure : null,
        MeasureTurn.Captivity => HeldCaptive(cx, head) ? word.Measure : Measure.Other,
        MeasureTurn.Projectile => SentAgainst(cx.W, head) ? Measure.Launched : word.Measure,
        MeasureTurn.Arrival => head?.Noun switch
        {
            { Kind: "personnel" } or { Qualifier: "rescuers" or "medics" } => Measure.Deployed,
            { Qualifier: "trucks" } => Measure.Supplied,
            _ => word.Measure,
        },
        MeasureTurn.Cargo => head?.Noun.Qualifier == "trucks" ? word.Measure : null,
        MeasureTurn.Forces => head?.Noun.Kind is { } kind && (kind == "personnel" || kind.StartsWith("equipment", StringComparison.Ordinal)) ? word.Measure : null,
        _ => word.Measure,
    };

    /// <summary>Whether the figure's noun is a projectile sent against a target: "12 drones against the city", "missiles at Israel".</summary>
    private static bool SentAgainst(TokenWindow w, Head? head) =>
        head is { Noun.Kind: "equipment:drone" or "equipment:missile" or "equipment:rocket" or "equipment:bomb" or "equipment:shell" } h
        && w.IsAny(h.Last + 1, "against", "at", "toward", "towards", "into", "over");

    /// <summary>
    /// Soldiers and captives who "returned" or were "repatriated" were freed; other people coming back are the
    /// displaced returning home ("returned to their villages"), unless the words after say they come from
    /// captivity ("84 Ukrainians returned from Russian captivity"), they come back to a named country, as
    /// captives in a swap do ("returned to Israel"), or the paragraph has just counted people freed ("1,000
    /// Ukrainians have been freed. On Friday, 390 people came home"). A figure with no noun of its own keeps the freeing.
    /// </summary>
    private Measure ComingBack(SentenceContext cx, int next, Head? head)
    {
        var w = cx.W;
        if (head is not { Noun: var who } || who.Kind is not ("people" or "civilians") || who.Measure == Measure.Captured
            || who.Qualifier is "prisoners" or "hostages" or "bodies" || w.Is(next, "to") && !w.IsAny(next + 1, "their", "his", "her")
            || cx.ParagraphLast?.Measure == Measure.Released)
            return Measure.Released;
        for (int j = next; j < next + 6 && w.IsWord(j); j++)
            if (MeasureAt(w, j, MeasureRole.Verb) == Measure.Captured) return Measure.Released;
        return Measure.Displaced;
    }

    /// <summary>
    /// Whether those rescued had been held: their noun says so ("hostages"), the sentence names captivity
    /// ("rescued 23 kidnapped villagers", "9 people rescued who had been held against their will") or the
    /// paragraph's figure before counted captives ("80 students kidnapped. Police rescued all 84 victims").
    /// </summary>
    private bool HeldCaptive(SentenceContext cx, Head? head)
    {
        if (head is { Noun: var who } && (who.Measure == Measure.Captured || who.Qualifier is "hostages" or "prisoners")) return true;
        if (cx.ParagraphLast?.Measure == Measure.Captured) return true;
        var w = cx.W;
        for (int j = w.Start; j < w.End; j++)
            if (_lex.MeasureWords.At(w, j)?.Meaning.Measure == Measure.Captured || NounAt(w, j)?.Measure == Measure.Captured) return true;
        return false;
    }

    /// <summary>
    /// "6 million Afghans living in Iran", "Syrian families residing in Lebanon": people named by their nationality
    /// who live in a place of another country.
    /// </summary>
    private static bool LivesAbroad(SentenceContext cx, int next, Head? head)
    {
        if (head is not { Noun.Kind: "people" or "civilians" } h) return false;
        var w = cx.W;
        // The nationality is the head ("Afghans") or one of the few words before it ("Afghan migrants").
        int from = w.SpanOf(Math.Max(w.Start, h.First - 3)).Start, end = w.SpanOf(h.Last).End;
        string? nationality = null;
        foreach (var a in cx.Actors)
            if (a.Form == ActorForm.Demonym && a.Span.Start >= from && a.Span.End <= end) nationality = a.Country;
        if (nationality is null) return false;
        int at = w.Is(next, "the") ? next + 1 : next;
        return w.InRange(at) && PlaceStartingAt(cx, at) is { Country: { } country } && country != nationality;
    }

    /// <summary>
    /// The claim a figure is a part of: the figure before it in the sentence after "including" ("3,785
    /// killed, including 1,524 children"), and after "among them" or "of whom" the one the pronoun
    /// points back to, in this sentence or the paragraph ("Among them were 72 servicemen").
    /// </summary>
    private static Claim? WholeOf(SentenceContext cx, int start)
    {
        if (!StartsPart(cx.W, start)) return null;
        return cx.W.Is(start - 1, "including") ? cx.Previous : cx.Previous ?? cx.ParagraphLast;
    }

    /// <summary>", 11 of them children,": a figure after a comma, "of them" or "of whom", and a noun phrase closed by a comma or the sentence's end.</summary>
    private bool IsPartAside(TokenWindow w, int start, int last)
    {
        if (!w.IsPunct(start - 1, ',') || !w.Is(last + 1, "of") || !w.IsAny(last + 2, "them", "whom")) return false;
        for (int j = last + 3; j < last + 8; j++)
        {
            if (!w.InRange(j) || w.IsPunct(j, ',') || w.IsPunct(j, '.')) return true;
            if (!w.IsWord(j) || _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(j)) || IsMeasureWordAt(w, j)) return false;
        }
        return false;
    }

    /// <summary>Whether the words before token <paramref name="start"/> set off a part: "including", "among them (were)", "of whom".</summary>
    private static bool StartsPart(TokenWindow w, int start)
    {
        if (w.Is(start - 1, "including")) return true;
        int pronoun = w.IsAny(start - 1, "were", "are") ? start - 2 : start - 1;
        return w.IsAny(pronoun, "them", "whom", "those") && w.IsAny(pronoun - 1, "among", "of");
    }

    /// <summary>
    /// The verb after the figure's noun phrase that governs it ("12 were killed", "3,500 soldiers have
    /// been sent"). Captivity that a later verb ends is no measure of its own: "103 servicemen captured
    /// during the incursion had been returned" were released.
    /// </summary>
    private Measure? VerbAfter(SentenceContext cx, NumberMention m, Head? head, int last)
    {
        var w = cx.W;
        Measure? captured = null;
        // A report line's label stands before its figure ("soldiers: at least 25 were killed"): the verb follows the figure.
        int i = Math.Max(head?.Last ?? last, last) + 1;
        // "eight of the 33 are believed to be dead": the whole a part is taken from is no figure with a verb of its own.
        if (head is null && w.Is(i, "of") && w.IsAny(i + 1, PartitiveDeterminers) && w.InRange(i + 2) && FigureStartingAt(cx.Doc, w.SpanOf(i + 2)) is { } whole)
            i = w.LastIndexBefore(whole.Span.End) + 1;
        // Without a counted noun, only a verb right after the figure governs it ("12 were killed"), or the verb
        // of a relative clause on it ("67 drones, 58 of which it was able to shoot down").
        int reach = head is null && m.Currency is null ? 4 : Reach;
        if (head is null && w.Is(i, "of") && w.IsAny(i + 1, "which", "whom")) (i, reach) = (i + 2, Reach);
        for (int seen = 0; seen < reach && w.InRange(i); seen++, i++)
        {
            // "three children from a relief camp, all of them from the Meitei community, have been missing": an aside
            // on those counted is passed over whole, and counts for nothing in the reach.
            if (head is not null && AsideEnd(w, i) is > 0 and var asideEnd)
            {
                (i, seen) = (asideEnd, seen - 1);
                continue;
            }
            if (w.IsPunct(i, ';') || w.IsPunct(i, ':')) break;
            // "could reach 18,000 to 20,000, based on …": a bare figure's verb comes before any comma.
            if (head is null && w.IsPunct(i, ',')) break;
            // "attacked 100 ships, sinking two": a participle after a comma governs the figure after it.
            if (w.IsPunct(i, ',') && w.IsWord(i + 1) && w.Chars(i + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && MeasureAt(w, i + 1, MeasureRole.Verb) is not null) break;
            // An age, code or date is no figure; the figures of a list share the verb after the last
            // ("9 Iskander-M missiles and 7 Kh-101 missiles fired"); any other figure has a verb of its own.
            // A part set off by "including" shares its whole's verb ("200 Armenians, including 10 children, were
            // killed"); a figure after "with" has its own ("2,119, with 10,019 wounded").
            // The reach starts again after each item, its noun of a word or two not counted ("273 members of the security
            // forces and 148 fighters loyal to ousted president Bashar al-Assad had died").
            // A figure's hedge words belong to it: ", or roughly 90 percent of Gaza's population," is an aside.
            if (FigureStartingAt(cx.Doc, w.SpanOf(i)) is { } other)
            {
                // "27 persons were abducted and three killed": after the figure's own verb, the next item's verb is theirs.
                if (!JoinsList(w, i) || captured is not null) break;
                if (head is not null) seen = -2;
                i = Math.Max(i, w.LastIndexBefore(other.Core.End));
                continue;
            }
            // "$1.8 billion for refugees who have fled": a purpose phrase's verb is not the figure's; "…, and that
            // several more had been taken prisoner" reports a new clause.
            if (w.IsAny(i, "while", "whereas", "but", "for") || w.Is(i, "that") && w.Is(i - 1, "and")) break;
            // "a town of 300,000 people swollen by families who fled": a relative clause on another plural noun
            // tells what those others did.
            if (head is { } own && i > own.Last + 1 && w.IsAny(i, "who", "that", "which") && w.IsWord(i - 1) && IsPlural(w.Chars(i - 1))) break;
            // "one woman whose son had been held": what happened to the one "whose" names is not the figure's.
            if (w.Is(i, "whose")) break;
            // "36 inmates who had tried to escape were recaptured": an attempt is no event.
            if (w.Is(i - 1, "to") && w.IsAny(i - 2, Attempts)) continue;
            if (head is not null && IsInPlace(cx, i)) return Measure.Present;
            // "linked to the killing of 12 people": a verb made a noun by its article and "of" governs nothing.
            if (w.IsAny(i - 1, "the", "a", "an") && w.Is(i + 1, "of")) continue;
            if (GoverningVerb(w, i) is not { } verb || Turned(cx, verb.Meaning, i + verb.Words.Length, head) is not { } after) continue;
            // "₹2 lakh to the next of kin of each person who died": money is never killed, hurt, held or driven out; the verb tells of people.
            if (m.Currency is not null && after is Measure.Killed or Measure.Wounded or Measure.Missing or Measure.Captured or Measure.Displaced) continue;
            // …and only money is spent: "tens of thousands of people spent another night in the open".
            if (m.Currency is null && after == Measure.Cost) continue;
            if (after == Measure.Present && w.IsAny(i, "remain", "remained", "remains")) after = StateAfterRemain(w, i) ?? after;
            if (captured is null && after == Measure.Captured) { captured = after; continue; }
            if (captured is null || after is Measure.Released or Measure.Killed) return after;
        }
        return captured;
    }

    /// <summary>
    /// The closing comma of an aside that opens at the comma at token <paramref name="comma"/> on those just
    /// counted (", all of them from the Meitei community,", ", most of whom were women,", ", among them the
    /// town's mayor,", ", including two commanders,"), or -1.
    /// </summary>
    private static int AsideEnd(TokenWindow w, int comma)
    {
        if (!w.IsPunct(comma, ',')) return -1;
        int body = w.IsAny(comma + 1, AsideQuantifiers) && w.Is(comma + 2, "of") && w.IsAny(comma + 3, "them", "whom") ? comma + 4
            : w.Is(comma + 1, "among") && w.IsAny(comma + 2, "them", "whom") ? comma + 3
            : w.Is(comma + 1, "including") ? comma + 2
            : -1;
        if (body < 0) return -1;
        for (int j = body; j < comma + 16 && w.InRange(j); j++)
        {
            if (w.IsPunct(j, ',')) return j;
            if (w.Kind(j) == Documents.TokenKind.Punctuation) return -1;
        }
        return -1;
    }

    private static readonly WordList AsideQuantifiers = new("all", "most", "many", "some", "both", "none", "several", "each", "half");

    private static readonly WordList Attempts = new("tried", "trying", "try", "tries", "attempted", "attempting", "attempt", "attempts", "sought", "seeking");

    /// <summary>
    /// "… soldiers were in the Kursk region", "… civilians were still inside El Fasher", "10,000 troops are now in
    /// the region": being in a named place or one pointed back to.
    /// </summary>
    private bool IsInPlace(SentenceContext cx, int verb)
    {
        var w = cx.W;
        if (!w.IsAny(verb, "are", "were", "is", "was")) return false;
        int k = verb + 1;
        while (w.IsAny(k, "still", "now", "currently", "already")) k++;
        if (!w.IsAny(k, "in", "inside")) return false;
        if (w.Is(k + 1, "the"))
        {
            k++;
            if (w.IsWord(k + 1) && _lex.PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(k + 1)) && EndsNounPhrase(w, k + 2)) return true;
        }
        if (!w.InRange(k + 1)) return false;
        int at = w.SpanOf(k + 1).Start;
        foreach (var p in cx.Places)
            if (p.Span.Start == at && p.Country is not null) return true;
        return false;
    }

    /// <summary>The token "number" of a "the number of …" phrase that token <paramref name="inside"/> belongs to, or -1.</summary>
    private static int NumberOfBefore(TokenWindow w, int inside)
    {
        for (int k = inside - 1; k >= w.Start && k >= inside - 8 && w.Kind(k) != Documents.TokenKind.Punctuation; k--)
            if (w.Is(k, "number") && w.Is(k + 1, "of")) return k;
        return -1;
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

    /// <summary>Whether a list joiner stands just before token <paramref name="at"/>, past a few words ("and the bodies of eight").</summary>
    private bool JoinsList(TokenWindow w, int at)
    {
        for (int k = at - 1; k >= at - 4 && w.InRange(k); k--)
        {
            if (w.IsPunct(k, ',') || w.IsAny(k, "and", "or", "plus", "including")) return true;
            if (w.Kind(k) != Documents.TokenKind.Word || w.Is(k, "with") || MeasureAt(w, k, MeasureRole.Verb) is not null) return false;
        }
        return false;
    }

    /// <summary>The counting figure whose words (hedge included) start at <paramref name="token"/>, or null.</summary>
    private static NumberMention? FigureStartingAt(TallyDocument doc, TextSpan token)
    {
        // The layer is in text order and this is asked of every token a scan passes: a binary search.
        var numbers = doc.Numbers;
        int lo = 0, hi = numbers.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (numbers[mid].Span.Start < token.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo < numbers.Count && numbers[lo].Span.Start == token.Start ? numbers[lo] : null;
    }

    /// <summary>"remain in Russian captivity", "remain unaccounted for", "remain refugees": what follows "remain" says what state they are in.</summary>
    private Measure? StateAfterRemain(TokenWindow w, int verb)
    {
        for (int j = verb + 1; j <= verb + 4 && w.IsWord(j); j++)
            if ((MeasureAt(w, j, MeasureRole.Verb) ?? NounAt(w, j)?.Measure) is { } state and not Measure.Present) return state;
        return null;
    }

    /// <summary>
    /// "21 of them were officers", "30,000 of the arrivals": a part of the figure counted last in this
    /// paragraph or, for a pronoun, in the sentence just before; a noun after "the" must count what that figure did.
    /// </summary>
    private static Claim? PartitiveOf(SentenceContext cx, int last, Head? head)
    {
        var w = cx.W;
        if (!w.Is(last + 1, "of")) return null;
        if (w.IsAny(last + 2, "them", "those", "whom")) return cx.JustBefore;
        return w.Is(last + 2, "the") && head is { Noun.Measure: { } measure } && cx.ParagraphLast?.Measure == measure ? cx.ParagraphLast : null;
    }

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
            if (GoverningVerbAt(w, j) is not null || MeasureAt(w, j, MeasureRole.Before) is not null && NounAt(w, j) is null) return true;
        return false;
    }

    private string? KindOf(SentenceContext cx, NumberMention m, Head? head, int last, Measure measure)
    {
        if (m.Currency is { } currency) return "money:" + LocalCurrency(cx, m, currency);
        if (head is { Noun.KindFromContext: false } h) return h.Noun.Kind;
        var w = cx.W;
        // A kind-bearing modifier between the figure and a context noun: "12 civilian deaths".
        if (head is { } hc)
            for (int i = last + 1; i < hc.First; i++)
                if (NounAt(w, i) is { KindFromContext: false } modifier) return modifier.Kind;
        // A figure after a new toll noun ("… 16 missiles; Kyiv toll at 14") is no item of the list before it.
        int start = w.IndexAt(m.Span.Start);
        if (head is null && Restated(cx, m, start) is { } restated) return restated.Subject.Kind;
        var carried = Carried(cx, start);
        // Things are not killed, hurt, held or displaced: "struck 1,000 targets, killing hundreds" counts people.
        bool thingsFit = measure is not (Measure.Killed or Measure.Wounded or Measure.Casualties or Measure.Captured or Measure.Missing or Measure.Displaced);
        if (head is null && (carried is { } p && (p != cx.Previous || !TollBetween(w, p, start) && !ClauseBetween(w, p, start)
            && (thingsFit || p.Subject.Kind is "personnel" or "civilians" or "people")) ? p : PartitiveOf(cx, last, head)) is { } previous)
            return previous.Subject.Kind;
        // "shot down 79 of the drones, while 23 others were jammed": "others" are more of what the sentence's
        // figure before counted, across a clause boundary too.
        if (head is { Noun.KindFromContext: true } others && w.Is(others.First, "others") && cx.Previous is { } before
            && (thingsFit || before.Subject.Kind is "personnel" or "civilians" or "people"))
            return before.Subject.Kind;
        // "put the number of damaged buildings at more than 20": what the number counts is said after its "of".
        if (head is null && NumberOfBefore(w, start) is >= 0 and var number)
            for (int k = number + 2; k < start; k++)
                if (NounAt(w, k) is { KindFromContext: false } counted) return counted.Kind;
        // "450 rockets landed in the enclave, while 1,150 were intercepted": the noun of a figure that made no claim.
        if (head is null && carried is null && NounOfFigureBefore(cx, m) is { KindFromContext: false } unclaimed) return unclaimed.Kind;
        // "seven people were killed and 28 injured": the noun carries over to the next item of a list.
        // Only people are killed or hurt: "69 missiles …; at least 12 killed" starts anew.
        if (head is not null && carried is { Subject.Kind: "personnel" or "civilians" or "people" } listed && (w.Is(start - 1, "and") || w.IsPunct(start - 1, ',')))
            return listed.Subject.Kind;
        // "400 North Korean fatalities … about 300 soldiers": counted people later in the sentence (not the
        // "gunmen" who killed them, before the figure, nor a part after "including" or "among them").
        // A noun that modifies another ("deaths from militant violence") counts nobody.
        var stops = _lex.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = last + 1; i < w.End; i++)
        {
            // "380 fatalities among civilians, security personnel and militants": a whole of several kinds is people.
            if (w.IsAny(i, "including", "among"))
            {
                if (KindsListedAfter(w, i) > 1) return "people";
                break;
            }
            if (_lex.Nouns.At(w, i) is { Meaning: { KindFromContext: false } noun } phrase && !noun.Kind.StartsWith("equipment", StringComparison.Ordinal) && noun.Kind != "sites"
                && !IsInSource(cx.Doc, w.SpanOf(i)) && (w.IsWord(i + phrase.Words.Length) is var more && !more || stops.Contains(w.Chars(i + phrase.Words.Length)) || IsMeasureWordAt(w, i + phrase.Words.Length)))
                return noun.Kind;
        }
        // Still nobody named: whom the paragraph counts, else whom the document mostly counts (not merely
        // last: "114 dead" after a helicopter crash killed six soldiers in a flood story is people), else people.
        if (cx.ParagraphLast is { Subject.Kind: "personnel" or "civilians" } topic) return topic.Subject.Kind;
        if (MostlyCounted(cx.Found) is { } most) return most;
        return "people";
    }

    private CountedNoun? NounAt(TokenWindow w, int i) => _lex.Nouns.At(w, i)?.Meaning;

    /// <summary>How many kinds of people the list after "among" at <paramref name="at"/> names, up to its clause's end.</summary>
    private int KindsListedAfter(TokenWindow w, int at)
    {
        string? first = null;
        for (int i = at + 1; i < w.End && (w.IsWord(i) || w.IsPunct(i, ',')); i++)
            if (NounAt(w, i) is { KindFromContext: false, Kind: "personnel" or "civilians" or "people" } noun)
            {
                if (first is not null && noun.Kind != first) return 2;
                first = noun.Kind;
            }
        return first is null ? 0 : 1;
    }

    /// <summary>
    /// "about 18 billion shillings" in a Kenyan story are Kenya's: a currency word that several countries use,
    /// after the figure or an abbreviation before it ("Rs10 million" in Peshawar), is read as the story country's
    /// money; a sign or a code keeps its currency.
    /// </summary>
    private static string LocalCurrency(SentenceContext cx, NumberMention m, string code)
    {
        var w = cx.W;
        if (cx.Home is not { } home) return code;
        var words = NumberLexicon.Shared.CurrencyWords;
        if ((words.At(w, w.IndexAt(m.Core.End)) ?? words.EndingAt(w, w.IndexAt(m.Core.Start) - 1)) is not { } word) return code;
        return NumberLexicon.Shared.LocalCurrency(string.Join(' ', word.Words), home) ?? code;
    }

    /// <summary>"All 21 were shot down": a figure the document gave before, with its noun, now restated bare.</summary>
    private static Claim? Restated(SentenceContext cx, NumberMention m, int start)
    {
        if (!cx.W.IsAny(start - 1, "all", "the", "those", "these")) return null;
        for (int i = cx.Found.Count - 1; i >= 0; i--)
            if (cx.Found[i].Figure.Value == m.Value && cx.Found[i].Evidence[0] != cx.Sentence.Span) return cx.Found[i];
        return null;
    }

    /// <summary>"personnel" or "civilians" when more than half the people a document has counted so far are of that kind.</summary>
    private static string? MostlyCounted(IReadOnlyList<Claim> found)
    {
        int personnel = 0, civilians = 0, all = 0;
        foreach (var c in found)
        {
            if (c.Subject.Kind is not ("personnel" or "civilians" or "people")) continue;
            all++;
            if (c.Subject.Kind == "personnel") personnel++;
            else if (c.Subject.Kind == "civilians") civilians++;
        }
        return 2 * personnel > all ? "personnel" : 2 * civilians > all ? "civilians" : null;
    }

    /// <summary>The counted noun of the last figure before <paramref name="m"/> in its sentence, or null.</summary>
    private CountedNoun? NounOfFigureBefore(SentenceContext cx, NumberMention m)
    {
        // The layer is in text order: the figure before is the one just before this one's place in it.
        var numbers = cx.Doc.Numbers;
        int at = LayerSearch.FirstStartingAt(numbers, n => n.Span, m.Span.Start) - 1;
        var before = at >= 0 && numbers[at].Span.Start >= cx.Sentence.Span.Start ? numbers[at] : null;
        return before is null || before.Currency is not null ? null : FindHead(cx, cx.W.IndexAt(before.Span.End))?.Noun;
    }

    /// <summary>Whether a token is part of a speaker's name ("police said"): it counts nobody.</summary>
    private static bool IsInSource(TallyDocument doc, TextSpan token)
    {
        var sources = doc.Sources;
        for (int i = 0; i < sources.Count; i++)
            if (sources[i].Span.Contains(token)) return true;
        return false;
    }

    /// <summary>
    /// Whose people or things: a country named inside the noun phrase ("400 North Korean fatalities", "troops
    /// from Russia"), a possessive before the figure ("Pyongyang's 11,000 troops"), the place where civilians
    /// are, the clause's subject for measures done by the owner (sent, launched, supplied), and otherwise
    /// the figure before it in the sentence or the paragraph.
    /// </summary>
    private string? ActorOf(SentenceContext cx, NumberMention m, int start, int last, Head? head, Measure measure, string kind, bool verbBefore, bool lost, int toll, PlaceRef? place,
        SourceMention? frame)
    {
        var w = cx.W;
        var doc = cx.Doc;
        int npEnd = head?.Last ?? last;
        bool demonymHead = head is { Noun: var n } && ReferenceEquals(n, PeopleByDemonym);
        if (!demonymHead && (w.Is(npEnd + 1, "from") || w.Is(npEnd + 1, "of"))) npEnd = Math.Min(w.End - 1, npEnd + 4);
        // "Turkey has repatriated 9,000 of its citizens from camps in Syria": "its" people are the clause subject's,
        // wherever they come from; "Malawi has said three of its soldiers were killed": else the speaker's.
        if (kind is "civilians" or "people" or "personnel" && head is { } own && w.IsAny(own.First - 1, "its", "their")
            && (ClauseSubject(cx, m, frame, clauseOnly: false) ?? (frame is { Chain: [{ Country: { } speaker }, ..] } ? speaker : null)) is { } theirs)
            return theirs;
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
        // "On the Israeli side, 45 civilians and 76 soldiers were killed": the side a sentence opens with owns its figures.
        if (SideOpening(cx) is { } side) return side;
        // "42 drones launched by Russia": the agent of the participle owns them.
        if (head is { } hb && MeasureAt(w, hb.Last + 1, MeasureRole.Verb) is Measure.Launched or Measure.Deployed or Measure.Supplied
            && w.Is(hb.Last + 2, "by") && ActorStartingAt(cx, hb.Last + 3) is { } agent)
            return agent.Country;
        // "6,000 rockets fired from Gaza", "85 projectiles had crossed into Israel from Lebanon": weapons
        // belong to the place they were fired from.
        if (head is { } hf && measure == Measure.Launched)
            for (int j = hf.Last + 1; j <= hf.Last + Reach && w.IsWord(j); j++)
                if (w.Is(j, "from") && w.InRange(j + 1) && PlaceStartingAt(cx, j + 1) is { Country: { } origin })
                    return origin;

        if (start > w.Start + 1 && w.Is(start - 1, "'s") && ActorEndingAt(cx, start - 2) is { } owner) return owner.Country;
        // "puts North Korean casualties at about 1,100", "Russia's losses have reached 600,000": the toll noun's owner.
        int tollOwner = w.Is(toll - 1, "'s") ? toll - 2 : toll - 1;
        if (head is null && toll > w.Start && ActorEndingAt(cx, tollOwner) is { } counted && !IsMakersMark(cx, counted)) return counted.Country;
        // "the number of (ethnic) Armenians who have fled": the people the number counts.
        if (head is null && w.Is(toll, "number"))
            for (int k = toll + 2; k <= toll + 4; k++)
                if (ActorStartingAt(cx, k) is { Form: ActorForm.Demonym } people) return people.Country;
        if (head is null && Restated(cx, m, start) is { Subject.Actor: { } restatedActor }) return restatedActor;
        // "200 Armenians, including 10 children": a part is its whole's.
        if ((WholeOf(cx, start) ?? PartitiveOf(cx, last, head)) is { Subject.Actor: { } wholeActor }) return wholeActor;

        // "Ukraine handed over 1,000 people", "Israel freed 200 prisoners": whom one side frees are the other side's.
        if (verbBefore && measure == Measure.Released && ClauseSubject(cx, m, frame, clauseOnly: true) is { } captor && cx.Story.Opponent(captor) is { } freed)
            return freed;
        bool civilian = kind is "civilians" or "people";
        if (civilian && WhereCiviliansAre(cx, m) is { } where) return where;

        // "police seized 91 rifles", "the army recovered 31 firearms" (measured as other, since only people are
        // captured): small arms are seized in police and security operations and counted for the country they were
        // seized in, not for the story's other side.
        if (measure == Measure.Other && kind is "equipment:weapon" or "equipment:gun")
            return place?.Country ?? ClauseSubject(cx, m, frame, clauseOnly: true) ?? cx.Home;
        // What was supplied is the giver's when the giver is the clause's subject ("Britain sent 200 tents") or it is
        // money; trucks that "entered" or "arrived" name no giver.
        bool owned = measure is Measure.Deployed or Measure.Launched or Measure.Present or Measure.Cost
            || measure == Measure.Supplied && verbBefore
            || kind.StartsWith("money", StringComparison.Ordinal) || lost;
        bool inflicted = verbBefore && !lost && !civilian && measure is Measure.Killed or Measure.Wounded or Measure.Destroyed or Measure.Captured;
        if ((owned || inflicted) && ClauseSubject(cx, m, frame, clauseOnly: inflicted) is { } subject)
        {
            // Russia "sent", "launched", "lost" its own; air defences that "shot down" 42 drones downed the other side's.
            if (owned) return subject;
            if (cx.Story.Opponent(subject) is { } other) return other;
        }
        // "670 aircraft … have been destroyed, according to the ministry": what a side reports destroyed is the other side's.
        if (measure == Measure.Destroyed && !verbBefore && kind.StartsWith("equipment", StringComparison.Ordinal)
            && frame is { Modality: not Modality.Denied, Chain: [{ Country: { } reporter }, ..] } && cx.Story.Opponent(reporter) is { } enemy)
            return enemy;
        // The figure before it: the same kind, or an item of the same list ("lost 9,836 tanks, 20,426 armoured vehicles").
        if (cx.Previous is { } previous && (head is null || previous.Subject.Kind == kind
            || ContinuesList(w, start, previous) && !VerbBetween(w, previous, start) && KindHead(previous.Subject.Kind).SequenceEqual(KindHead(kind))))
            return previous.Subject.Actor;
        // A side's own authorities count their own dead: in a two-sided story, the people an Iranian official
        // reports killed are Iran's, whichever side the story names most.
        if (civilian && frame is { Modality: not Modality.Denied, Chain: [{ Country: { } counter }, ..] } && cx.Story.Opponent(counter) is not null) return counter;
        if (civilian) return cx.Home;
        // So does its military count its own soldiers: "two soldiers were killed in combat, the Israeli military
        // said". Soldiers it says it killed ("killed 30 soldiers") are read above as the other side's, and the
        // fighters or militants it reports, the enemy's.
        if (head is { } troops && !verbBefore && toll < 0 && measure is Measure.Killed or Measure.Wounded or Measure.Casualties or Measure.Missing
            && _lex.RegularTroops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(troops.Last)) && frame is { Modality: not Modality.Denied and not Modality.Claimed, Chain: [{ Country: { } forces } military, ..] }
            && IsMilitary(military) && cx.Story.Opponent(forces) is not null)
            return forces;
        if (cx.Topic is { } topic && topic.Subject.Kind == kind) return topic.Subject.Actor;
        if (cx.LastOfKind(kind)?.Subject.Actor is { } earlier) return earlier;
        // "killed 63 soldiers and destroyed four military vehicles": losses reported together are one side's.
        if (measure == Measure.Destroyed && kind.StartsWith("equipment", StringComparison.Ordinal)
            && (cx.Previous ?? cx.Topic) is { Measure: Measure.Killed or Measure.Wounded or Measure.Casualties or Measure.Captured, Subject.Actor: { } loser })
            return loser;
        // Homes, villages, targets and the bill for damage or an appeal belong to the country they are in.
        // A sentence that names no place goes on in the paragraph's ("In Dnipro, four people were hurt. Two
        // buildings and a school were damaged.").
        if (kind == "sites" || measure == Measure.Cost)
            return place?.Country ?? LastPlaceCountry(cx, cx.Doc.Paragraphs[cx.Sentence.Paragraph].Span.Start, cx.Sentence.Span.Start) ?? cx.Home;
        // Still nobody: soldiers in a story are most often its own country's (unless sent there); the weapons
        // it reports shot down or fired at it, the other side's; aid trucks, nobody named.
        if (kind == "personnel") return measure == Measure.Deployed && place?.Country == cx.Home ? null : cx.Home;
        return kind.StartsWith("equipment", StringComparison.Ordinal) && measure != Measure.Supplied && cx.Home is { } home ? cx.Story.Opponent(home) : null;
    }

    /// <summary>An army, a defence ministry, an air force: a source whose role names an armed body.</summary>
    private bool IsMilitary(Source source)
    {
        var armed = _lex.ArmedBodies.GetAlternateLookup<ReadOnlySpan<char>>();
        var role = (source.Role ?? source.Name).AsSpan();
        foreach (var word in role.Split(' '))
            if (armed.Contains(role[word])) return true;
        return false;
    }

    /// <summary>
    /// Whether a source is the outlet itself or its own document: "AFP", "an AFP tally" in AFP's story (not the
    /// "Reuters Institute" in a Reuters one).
    /// </summary>
    private static bool IsOutletsOwn(Source source, Source outlet)
    {
        if (!source.Name.StartsWith(outlet.Name, StringComparison.OrdinalIgnoreCase)) return false;
        var rest = source.Name.AsSpan(outlet.Name.Length);
        return rest.IsEmpty || rest[0] == ' ' && AttributionLexicon.Shared.IsDocument(rest[1..]);
    }

    /// <summary>"equipment" of "equipment:tank".</summary>
    private static ReadOnlySpan<char> KindHead(string kind) => kind.AsSpan(0, kind.IndexOf(':') is >= 0 and var colon ? colon : kind.Length);

    private static ActorMention? ActorStartingAt(SentenceContext cx, int token)
    {
        foreach (var a in cx.Actors)
            if (a.Span.Start == cx.W.SpanOf(token).Start) return a;
        return null;
    }

    /// <summary>The sentence's place that starts at token <paramref name="token"/>, or null (a loop: a capturing lambda allocated on every call).</summary>
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
    private string? ClauseSubject(SentenceContext cx, NumberMention m, SourceMention? frame, bool clauseOnly)
    {
        var w = cx.W;
        // Who shot down or killed is named in the figure's own clause ("…, adding that its air defences destroyed 18").
        int clauseStart = cx.Sentence.Span.Start;
        // Whoever owns what is sent or given is named in its coordinated clause ("Australia pledged …, and the United
        // States said it would provide $1 million").
        for (int k = w.IndexAt(m.Span.Start) - 1; k >= w.Start; k--)
            if (clauseOnly && (w.IsPunct(k, ',') || w.IsPunct(k, ';') || w.IsAny(k, "that", "while", "but"))
                || !clauseOnly && (w.IsPunct(k, ';') || w.IsPunct(k, ',') && w.IsAny(k + 1, "and", "while", "but", "whereas")
                    // "EU adds 5 billion euros as U.S. sends $300 million": a conjunction before a new subject.
                    || w.IsAny(k, "as", "while", "whereas") && ActorStartingAt(cx, w.Is(k + 1, "the") ? k + 2 : k + 1) is not null))
            {
                clauseStart = w.SpanOf(k).End;
                break;
            }
        // "the enemy attacked Ukraine with 178 drones", in Ukraine's statement: the speaker's enemy.
        int enemy = -1;
        for (int k = w.IndexAt(clauseStart); k < w.IndexAt(m.Span.Start) && enemy < 0; k++)
            if (w.Is(k, "enemy") && !(frame is not null && frame.Span.Contains(w.SpanOf(k)))) enemy = k;
        foreach (var a in cx.Actors)
        {
            if (a.Span.End > m.Span.Start || a.Span.Start < clauseStart) continue;
            if (frame is not null && frame.Span.Contains(a.Span)) continue;
            // Nor the owner of an object: "targeted hideouts of the Pakistani Taliban and killed 20".
            int before = w.IndexAt(a.Span.Start) - 1;
            if (w.Is(before, "the")) before--;
            if (w.IsAny(before, LocativePrepositions) || w.Is(before, "of") || w.IsPunct(before, '(')) continue;
            if (enemy >= 0 && enemy < before) break;
            return a.Country;
        }
        if (enemy >= 0) return EnemyOf(cx, frame);
        // "Israel's prison service said it had freed 200 prisoners": the speaker is the subject; so is one whose
        // words give the figure ("Britain announced 120 million pounds").
        if (frame is { Source.Country: { } speaker } && frame.Span.End <= m.Span.Start)
        {
            int figure = w.IndexAt(m.Span.Start);
            // "The United States has pledged more than $50 million": an auxiliary or adverb may come between.
            int afterSource = w.IndexAt(frame.Span.End);
            if (afterSource >= figure - 3 && !CommaBetween(w, frame.Span.End, m.Span.Start) && MeasureEndingAt(w, figure - 1, MeasureRole.Verb) is not null)
                return speaker;
            // "said its forces had freed 200": a possessive opening the clause is its subject's; "attacked its prison"
            // owns an object.
            for (int k = Math.Max(w.IndexAt(frame.Span.End), w.IndexAt(clauseStart)); k < figure; k++)
                if (w.IsAny(k, "it", "we") || w.IsAny(k, "its", "our") && (k == afterSource || w.IsAny(k - 1, "that", "and") || w.IsPunct(k - 1, ',')
                    || AttributionLexicon.Shared.Verbs.At(w, k - 1) is not null))
                    return speaker;
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
            // "told reporters in Geneva" places the speaker, not the people counted.
            int prep = PrepositionBefore(w, p);
            if (!w.IsAny(prep, WherePrepositions) || WhereSaid(w, prep) || w.Is(w.IndexAt(p.Span.End), "'s")) continue;
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
        while (w.IsAny(prep, "the", "eastern", "western", "northern", "southern", "central", "neighbouring", "neighboring", "nearby")) prep--;
        return prep;
    }

    /// <summary>
    /// "told reporters in Rawalpindi", "said in Washington", "a news conference in Kyiv": where a statement was
    /// made, not where its figures hold.
    /// </summary>
    private static bool WhereSaid(TokenWindow w, int prep)
    {
        for (int k = prep - 1; k >= w.Start && k >= prep - 3; k--)
            if (w.IsAny(k, StatementWords)) return true;
        // The verb right before, or before its named hearer ("told AFP in Kyiv"); "confirmed deaths in Jamaica" places deaths.
        int verb = w.IsCapitalised(prep - 1) && prep - 1 > w.Start ? prep - 2 : prep - 1;
        return AttributionLexicon.Shared.Verbs.At(w, verb) is not null;
    }

    private static readonly WordList StatementWords = new("reporters", "journalists", "conference", "briefing", "speech", "interview", "lawmakers", "parliament");

    /// <summary>A preposition that places ("in", "near"), or the "of" of a settlement ("the eastern city of Goma").</summary>
    private static bool IsLocative(TokenWindow w, int prep) =>
        w.IsAny(prep, LocativePrepositions) || w.IsAny(prep, PlaceVerbs)
        || w.Is(prep, "of") && w.IsWord(prep - 1) && ClaimLexicon.Shared.SettlementNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Chars(prep - 1));

    /// <summary>Verbs whose object is where the figure holds: "fled El Fasher", "attacked Ukraine overnight with 298 drones".</summary>
    private static readonly WordList PlaceVerbs =
        new("fled", "fleeing", "left", "attacked", "struck", "hit", "shelled", "bombed", "pounded", "targeted", "evacuated", "devastated", "flattened", "ravaged");

    /// <summary>Where: the first place after the figure that a locative preposition introduces, else one before it.</summary>
    private static PlaceRef? PlaceOf(SentenceContext cx, NumberMention m)
    {
        var w = cx.W;
        PlaceMention? before = null;
        foreach (var p in cx.Places)
        {
            int prep = PrepositionBefore(w, p);
            if (!IsLocative(w, prep) || !cx.Story.Trusts(p.Country) || WhereSaid(w, prep)) continue;
            if (p.Span.Start >= m.Span.End) return new PlaceRef(cx.Doc[p.Span], p.Country);
            before ??= p;
        }
        return before is null ? null : new PlaceRef(cx.Doc[before.Span], before.Country);
    }

    /// <summary>
    /// "in the city", "near the camp", "across the country": a place the text named before, in its country; the
    /// country itself is the story's home.
    /// </summary>
    private static PlaceRef? PlaceNamedBefore(SentenceContext cx)
    {
        var w = cx.W;
        var nouns = ClaimLexicon.Shared.PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = w.Start; k + 2 < w.End; k++)
        {
            if (!w.IsAny(k, LocativePrepositions) || !w.IsAny(k + 1, "the", "this", "that") || WhereSaid(w, k)) continue;
            // One lowercase word may come between: "in the coastal districts", "near the main road".
            int noun = w.IsWord(k + 2) && nouns.Contains(w.Chars(k + 2)) ? k + 2
                : w.IsWord(k + 3) && !w.IsCapitalised(k + 2) && nouns.Contains(w.Chars(k + 3)) ? k + 3 : -1;
            if (noun < 0 || w.Is(noun + 1, "of") || w.IsCapitalised(noun + 1)) continue;
            string? country = w.IsAny(noun, "country", "nation") ? cx.Home : LastPlaceCountry(cx, 0, w.SpanOf(k).Start) ?? cx.Home;
            if (country is not null) return new PlaceRef(cx.Doc[w.Cover(k + 1, noun)], country);
        }
        return null;
    }

    /// <summary>The country of the last place the story makes likely that starts at or after <paramref name="from"/> and ends by <paramref name="to"/>, or null.</summary>
    private static string? LastPlaceCountry(SentenceContext cx, int from, int to)
    {
        var places = cx.Doc.Places;
        string? last = null;
        for (int i = LayerSearch.FirstStartingAt(places, p => p.Span, from); i < places.Count && places[i].Span.End <= to; i++)
            if (places[i].Country is { } country && cx.Story.Trusts(country)) last = country;
        return last;
    }

    /// <summary>
    /// When: the date expression nearest the figure in its sentence, or the sentence's "since" period when no
    /// other date is nearer ("destroyed 12 tanks over the past 24 hours and claimed 1,350 since the start").
    /// A date before the figure that a "that" separates from it dates the report ("said in a report on Tuesday
    /// that 1,250 were reported missing last year"), and so does one after it that follows a reporting verb
    /// ("69 missiles overnight, the air force said on Sunday"): they serve only when the figure's clause has none.
    /// </summary>
    private static TimeRef? TimeOf(SentenceContext cx, NumberMention m)
    {
        var w = cx.W;
        // "since a roadside bomb wounded four peacekeepers on the Obo road in November": a figure inside the event
        // that opens a period happened on the period's first date.
        foreach (var d in cx.Dates)
            if (d.Since && d.Span.Contains(m.Span) && d.Start is { } opened) return new TimeRef(cx.Doc[OpeningDate(w, d.Span)], opened, opened);
        var (since, sinceAt) = cx.Since;
        // "killed five, bringing the toll to 300 since October": the period is the other figure's.
        if (since is not null && sinceAt != w.Start && FigureBetween(cx, m.Span, w.SpanOf(sinceAt))) since = null;
        TimeMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in cx.Dates)
        {
            // The "since" phrase, dates inside it included ("since the war began in October 2023"), is the period below.
            if (since is not null && w.IndexAt(d.Span.Start) is var first && first >= sinceAt && first <= sinceAt + SincePhrase) continue;
            if (FigureBetween(cx, m.Span, d.Span) && !InLineKey(cx, d.Span)) continue;
            int distance = Distance(m.Span, d.Span);
            if (d.Span.End <= m.Span.Start && ThatBetween(w, d.Span.End, m.Span.Start) || d.Span.Start >= m.Span.End && DatesReport(w, d.Span)) distance += ReportPenalty;
            // "Last year, rains killed nearly 300, while floods in 2022 left 1,700 dead": a contrasting clause's date is its own.
            else if (ContrastBetween(w, m.Span, d.Span)) distance += ReportPenalty;
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        // A sentence that opens with "Since ..." puts all of itself in that period, and a period says more than
        // the present it runs up to ("now hosts 880,000 refugees who have arrived since the war began") or than a
        // date a comma sets apart before the figure ("According to data released on Sunday, 366 people have died
        // since June 20").
        if (since is not null && (best is null || sinceAt == w.Start || best.Present || Distance(m.Span, w.SpanOf(sinceAt)) <= bestDistance
            || best.Span.End <= m.Span.Start && w.SpanOf(sinceAt).Start >= m.Span.End && CommaBetween(w, best.Span.End, m.Span.Start))) return since;
        return best is null ? null : new TimeRef(cx.Doc[best.Span], best.Start, best.End);
    }

    private const int ReportPenalty = 10_000;

    /// <summary>
    /// Whether a date stands in a list line's key, before its first label: "- 9 Feb, in Bijapur: Rebels killed: 31;
    /// Soldiers killed: 2" dates every figure of the line, the semicolons between them notwithstanding.
    /// </summary>
    private static bool InLineKey(SentenceContext cx, TextSpan date)
    {
        var w = cx.W;
        if (!cx.Doc.Paragraphs[cx.Sentence.Paragraph].ListItem) return false;
        for (int i = w.Start; i < w.End; i++)
            if (IsLabelEnd(w, i)) return date.End <= w.SpanOf(i).Start;
        return false;
    }

    /// <summary>
    /// The date words that end a "since" period's span ("in November" of "since a roadside bomb wounded four
    /// peacekeepers on the Obo road in November"): numbers, month words and their preposition; the whole span
    /// when it ends otherwise.
    /// </summary>
    private static TextSpan OpeningDate(TokenWindow w, TextSpan period)
    {
        int last = w.LastIndexBefore(period.End), first = last + 1;
        while (first - 1 > w.IndexAt(period.Start) && (w.IsNumber(first - 1) || w.IsPunct(first - 1, '.') || w.IsPunct(first - 1, ',')
            || w.IsWord(first - 1) && TimeWords.IsMonth(w.Chars(first - 1))))
            first--;
        if (first > last) return period;
        if (w.IsAny(first - 1, "in", "on", "of")) first--;
        return w.Cover(first, last);
    }

    /// <summary>How many tokens after "since" a date may stand and still date the period's start.</summary>
    private const int SincePhrase = 10;

    /// <summary>Characters from the figure to the date; a date before the figure counts double, since most follow theirs.</summary>
    private static int Distance(TextSpan figure, TextSpan date) =>
        date.Start >= figure.End ? date.Start - figure.End : (figure.Start - date.End) * 2;

    /// <summary>
    /// Whether a date follows a reporting verb closely ("the air force said on Sunday", "told reporters on
    /// Thursday"): it dates the report, so it serves a figure before it only when the figure's clause has none.
    /// </summary>
    private static bool DatesReport(TokenWindow w, TextSpan date)
    {
        var verbs = AttributionLexicon.Shared.Verbs;
        int at = w.IndexAt(date.Start);
        for (int i = at - 1; i >= Math.Max(w.Start, at - 4); i--)
        {
            if (w.Kind(i) == Documents.TokenKind.Punctuation || w.IsNumber(i)) return false;
            // "were reported missing last year" is a passive, no report.
            if (verbs.At(w, i) is not null) return !w.IsAny(i - 1, "was", "were", "been", "be", "is", "are");
        }
        return false;
    }

    private static bool ThatBetween(TokenWindow w, int from, int to) => AnyTokenBetween(w, from, to, static (w, i) => w.Is(i, "that"));

    /// <summary>Whether "while", "whereas" or "but" stands between a figure and a date.</summary>
    private static bool ContrastBetween(TokenWindow w, TextSpan a, TextSpan b) =>
        a.End <= b.Start ? AnyTokenBetween(w, a.End, b.Start, IsContrast) : AnyTokenBetween(w, b.End, a.Start, IsContrast);

    private static bool IsContrast(TokenWindow w, int i) => w.IsAny(i, "while", "whereas", "but");

    /// <summary>Whether a token lying wholly between two offsets passes <paramref name="test"/>.</summary>
    private static bool AnyTokenBetween(TokenWindow w, int from, int to, Func<TokenWindow, int, bool> test)
    {
        for (int i = w.IndexAt(from); i < w.End && w.SpanOf(i).End <= to; i++)
            if (test(w, i)) return true;
        return false;
    }

    /// <summary>
    /// Whether another figure stands between the figure and its date so that the date is that figure's: for a
    /// date before, one in an earlier statement ("On Monday 5 died; 300 ...", "put the toll at 300 and said
    /// another 2,700"), not a list that shares it ("on Saturday, killing 27, nine of them children"); for a
    /// date after, a part set apart by "including" ("37,877 killed, including 43 in the past 24 hours") and
    /// not a list that shares it ("352 drones and 16 missiles overnight") nor a part a comma closes before the
    /// date, the figure it is compared with ("816 million, up from 160 million in August") and a new running
    /// total ("killed five, bringing the toll to 300 since October").
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
            if (date.End <= figure.Start)
            {
                if (NewStatementBetween(w, n.Span.End, figure.Start)) return true;
                continue;
            }
            int at = w.IndexAt(n.Span.Start);
            for (int k = Math.Max(w.Start, at - 5); k < at; k++)
            {
                if (TimeWords.IsAside(w.Chars(k)) && !CommaBetween(w, n.Span.End, date.Start)) return true;
                // "bringing the toll to 300 on Monday": the date is the new total's.
                if (TimeWords.IsRunningTotal(w.Chars(k)) && w.Is(at - 1, "to")) return true;
                // "$816 million, up from the $160 million it sought in August": the date is the earlier figure's.
                if (w.Is(k, "from") && w.IsAny(k - 1, "up", "down")) return true;
            }
        }
        return false;
    }

    /// <summary>A comma between two offsets: "17 hostages, among them nine women, after storming a camp on Tuesday" closes the part before the date.</summary>
    private static bool CommaBetween(TokenWindow w, int from, int to) => AnyTokenBetween(w, from, to, static (w, i) => w.IsPunct(i, ','));

    /// <summary>A reporting verb or a semicolon between two figures: the second opens a statement of its own.</summary>
    private static bool NewStatementBetween(TokenWindow w, int from, int to) =>
        AnyTokenBetween(w, from, to, static (w, i) => w.IsPunct(i, ';') || AttributionLexicon.Shared.Verbs.At(w, i) is not null);

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
            return new TimeRef(cx.Doc[o.Since && o.Start is null || o.Span.Start == w.SpanOf(since).Start ? o.Span : w.Cover(since, w.LastIndexBefore(o.Span.End))],
                o.Start ?? KnownEventStart(cx, since), end);
        int last = since + 1;
        while (last + 1 < w.End && last - since < 8 && w.Kind(last + 1) != Documents.TokenKind.Punctuation) last++;
        return new TimeRef(cx.Doc[w.Cover(since, last)], KnownEventStart(cx, since), end);
    }

    /// <summary>
    /// The start of the event a "since" phrase names without a date ("since the war began" in a Sudan story):
    /// Lexicons/Data/time-events.tsv knows some for the story's country. A year in the phrase must agree
    /// ("since the 2021 coup"), or the phrase names another event.
    /// </summary>
    private static PartialDate? KnownEventStart(SentenceContext cx, int since)
    {
        var w = cx.W;
        int year = 0;
        for (int i = since + 1; i < w.End && i <= since + SincePhrase && w.Kind(i) != Documents.TokenKind.Punctuation; i++)
        {
            if (w.IsNumber(i) && w.Chars(i).Length == 4 && int.TryParse(w.Chars(i), NumberStyles.None, CultureInfo.InvariantCulture, out int y)) year = y;
            if (TimeWords.IsEvent(w.Chars(i)) && TimeWords.TryGetEvent(w.Chars(i).ToString(), cx.Home, out var start))
                return year == 0 || start.Year == year ? start : null;
        }
        return null;
    }

    /// <summary>The nouns of a running count: "the death toll", "the tally".</summary>
    private static readonly WordList TollNouns = new("toll", "tally");

    /// <summary>
    /// <paramref name="tollReached"/>: a toll noun governs the figure after "to" or "at" ("the death toll has risen to 334",
    /// "put the toll at 193", "brought the toll of the campaign to at least 76"): where the running count stands.
    /// </summary>
    private Aggregate AggregateOf(SentenceContext cx, NumberMention m, Measure measure, TimeRef? time, bool tollReached)
    {
        // CLAIMS.md: "another" before a figure of a different measure ("60 killed and another 240 wounded") adds nothing.
        if (m.Increment && !(cx.Previous is { } p && p.Measure != measure && p.Evidence[0] == cx.Sentence.Span)) return Aggregate.Increment;
        // "10,223 (+8)": the day's addition to a running total.
        if (IsBracketedAddition(cx.W, cx.W.IndexAt(m.Span.Start))) return Aggregate.Increment;
        if (m.Total || tollReached || cx.Cues.TotalNear(cx.W.IndexAt(m.Span.Start))) return Aggregate.Total;
        if (time is not null && (time.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) || IsSinceDate(cx, time)))
            return Aggregate.Total;
        return Aggregate.Unspecified;
    }

    private static bool IsSinceDate(SentenceContext cx, TimeRef time)
    {
        // Unresolved dates are all alike ("on Monday" without a publication date): only the period's own words are it.
        bool unresolved = time is { Start: null, End: null };
        foreach (var d in cx.Dates)
            if (d.Since && d.Start == time.Start && d.End == time.End && (!unresolved || cx.Doc[d.Span] == time.Text)) return true;
        return false;
    }

    private Modality ModalityOf(SentenceContext cx, int start)
    {
        var cues = cx.Cues;
        // "- Mandi: Deaths: 41; Missing: 27; Estimated loss: ₹1,260 crore": a table row's or report line's cue
        // belongs to its own labelled cell, or to the line's key before its first label.
        if ((cues.Has(ClaimCue.Denied) || cues.Has(ClaimCue.Claimed) || cues.Has(ClaimCue.Estimated)) && IsReportLine(cx.W))
            cues = CellCues(cx.W, start);
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

        public bool HasComparison => _comparisons is not null;

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

    /// <summary>The cues of a report line's key (before its first label) and of the cell (between semicolons) holding token <paramref name="start"/>.</summary>
    private SentenceCues CellCues(TokenWindow w, int start)
    {
        int key = w.Start, from = start, to = start;
        while (key < w.End && !IsLabelEnd(w, key)) key++;
        while (from > w.Start && !w.IsPunct(from - 1, ';')) from--;
        while (to < w.End && !w.IsPunct(to, ';')) to++;
        var cues = new SentenceCues();
        for (int i = w.Start; i < to; i++)
            if ((i < key || i >= from) && _lex.Cues.At(w, i) is { } phrase) cues.Add(phrase.Meaning, i);
        return cues;
    }

    private SentenceCues ReadCues(TokenWindow w)
    {
        var cues = new SentenceCues();
        for (int i = w.Start; i < w.End; i++)
        {
            if (_lex.Cues.At(w, i) is not { } phrase) continue;
            cues.Add(phrase.Meaning, i);
        }
        return cues;
    }

    /// <summary>"five of theirs matched ten of ours": two figures joined by a comparison count nobody.</summary>
    private static bool IsComparison(SentenceContext cx, IReadOnlyList<NumberMention> numbers, int first, int end, int k)
    {
        var w = cx.W;
        if (!cx.Cues.HasComparison) return false;
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

    private enum Hypothesis { None, Modal, Conditional }

    /// <summary>
    /// "if 5,000 more arrive" is a conditional and counts nothing yet; "could send up to 10,000" or "the toll could
    /// reach 20,000" is a figure someone puts forward, a claim with its modality set (CLAIMS.md).
    /// </summary>
    private static Hypothesis HypothesisBefore(TokenWindow w, int start)
    {
        var found = Hypothesis.None;
        bool near = true;
        for (int i = start - 1; i >= w.Start && !w.IsPunct(i, ';'); i--)
        {
            // "if Moscow announced a mobilisation, it could send …": a condition reaches past its comma.
            if (w.IsAny(i, "if", "unless")) return Hypothesis.Conditional;
            near &= i >= start - 4 && w.Kind(i) != Documents.TokenKind.Punctuation;
            if (!near || found != Hypothesis.None) continue;
            // "said it would provide $1 million" reports a promise; "would" alone is a hypothetical.
            if (w.Is(i, "would") && w.IsAny(i - 1, ReportedPronouns) && w.IsAny(i - 2, "said", "says", "announced", "that")) near = false;
            else if (w.IsAny(i, "could", "would", "might")) found = Hypothesis.Modal;
        }
        return found;
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
    /// its source in short ("Nigerian military says") and rounds its figures, so it joins the body's statement
    /// from the same country whatever actor its few words suggest; a denial of a figure is never the claim it denies.
    /// A figure the text names as one already given ("the figure of 44 police officers killed", in a correction)
    /// joins that claim whoever the sentence credits, and gives it no fields.
    /// </summary>
    private static List<Claim> Merge(List<Claim> claims, int headlineEnd)
    {
        var merged = new List<Claim>();
        foreach (var c in claims)
        {
            int i = SameFigureAt(merged, c, headlineEnd);
            if (i < 0) { merged.Add(c); continue; }
            // On a tie the body's statement, fuller than a headline's, gives the fields; its exact figure always
            // beats the headline's round one.
            int gain = Informativeness(c) - Informativeness(merged[i]);
            var (best, other) = !c.Restatement && (gain > 0 || gain == 0 && merged[i].Evidence[0].End <= headlineEnd || merged[i].Figure.Value != c.Figure.Value)
                ? (c, merged[i]) : (merged[i], c);
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

    /// <summary>
    /// Where the headline ends: a first sentence standing alone in its paragraph, with the one after it when that
    /// stands alone too (a deck: "Seoul puts the toll at 1,100; the Pentagon speaks of several hundred"). 0 if none.
    /// </summary>
    private static int HeadlineEnd(IReadOnlyList<Sentence> s)
    {
        if (s.Count < 2 || s[0].Paragraph == s[1].Paragraph) return 0;
        return s.Count > 2 && s[1].Paragraph != s[2].Paragraph ? s[1].Span.End : s[0].Span.End;
    }

    private static int SameFigureAt(List<Claim> merged, Claim c, int headlineEnd)
    {
        for (int i = 0; i < merged.Count; i++)
        {
            var x = merged[i];
            // "nine in Cebu City, nine in Mandaue": a sentence states a figure once; the same number again is another figure.
            if (x.Evidence.Contains(c.Evidence[0])) continue;
            // A headline's few words often give its figure the wrong side ("Russia hits Ukraine; Kyiv toll at 14"),
            // so its actor does not keep it apart from the body's statement of the same figure.
            bool fromHeadline = x.Evidence[0].End <= headlineEnd;
            bool sameDenial = (x.Modality == Modality.Denied) == (c.Modality == Modality.Denied);
            if (c.Restatement && x.Measure == c.Measure && x.Figure.Value == c.Figure.Value && sameDenial) return i;
            if (x.Measure == c.Measure && (x.Figure.Value == c.Figure.Value || fromHeadline && x.Evidence.Length == 1 && RoundsTo(c.Figure.Value, x.Figure.Value))
                && (fromHeadline || x.Subject.Actor == c.Subject.Actor || x.Subject.Actor is null || c.Subject.Actor is null)
                && sameDenial
                && (SameFirstSource(x, c) || fromHeadline && x.AccordingTo[0].Country is var said && (said is null || said == c.AccordingTo[0].Country))) return i;
        }
        return -1;
    }

    /// <summary>
    /// A headline rounds: "tops 690,000" is the body's 690,104 and "over 5,600" its 5,601, the exact figure
    /// within 1% of the round one and equal to it at the round one's precision (unless the body also states
    /// the round figure, which then is the headline's).
    /// </summary>
    private static bool RoundsTo(CountRange exact, CountRange round)
    {
        if (!exact.IsSingle || !round.IsSingle || round.Low < 100) return false;
        decimal precision = 1;
        while (round.Low % (precision * 10) == 0) precision *= 10;
        return precision >= 100 && Math.Abs(exact.Low - round.Low) < precision / 2 && Math.Abs(exact.Low - round.Low) <= round.Low / 100;
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
