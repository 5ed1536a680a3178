using System.Collections.Immutable;
using Tally.Actors;
using Tally.Claims;
using Tally.Documents;
using Tally.Lexicons;
using Tally.Pipeline;
using Tally.Places;
using Tally.Text;
using Tally.Time;

namespace Tally.Attribution;

/// <summary>
/// Finds reporting frames and assigns the Sources layer: who said the figures in each stretch of text, as a
/// chain from the one who made them to the last relay before the outlet. Covers "X said (that) …",
/// "…, X said", "…, said X", "according to X", passives ("was provided by X"), relays ("citing Y",
/// "who referenced briefings from Y"), appositions giving role and country, pronouns and surnames back to
/// the named person, and a frame carried to the following sentences of its paragraph. "It is estimated"
/// stops the carry: such figures are the outlet's own.
/// </summary>
public sealed class AttributionStage : ITallyStage
{
    private static readonly WordList Auxiliaries =
        new("has", "have", "had", "was", "were", "is", "are", "also", "previously", "earlier", "later", "reportedly", "further",
         "separately", "recently", "again", "would", "will", "then", "not", "publicly", "officially", "been", "first", "initially",
         "now", "subsequently", "since", "already", "originally", "had", "last", "told", "yesterday", "today");

    private static readonly WordList Boundaries =
        new("that", "which", "who", "while", "with", "and", "but", "as", "after", "when", "where", "because", "whereas", "although", "since", "though", "if", "so",
         "by", "before", "during", "until", "from", "what");

    // Words that carry a name into the rest of its phrase: "Governor Vitaliy Kim of Mykolaiv region".
    private static readonly WordList NameLinks = new("of", "for", "at", "in", "'s");

    // What "the city's" and "the region's" point back to.
    private static readonly WordList LocalityWords = new("city", "town", "village", "region", "province", "district", "state", "oblast");

    /// <summary>Words that open a sentence's place: "In Nepal, …", "Across the border in Chad, …", "Elsewhere in Sudan, …".</summary>
    private static readonly WordList OpeningPrepositions = new("in", "across", "elsewhere", "inside", "meanwhile");

    /// <summary>How many tokens an opening place phrase may run before its comma.</summary>
    private const int OpeningReach = 8;

    private static readonly WordList SubordinateOpeners = new("when", "after", "before", "because", "until", "where", "if", "while", "whereas", "although");

    private static readonly WordList PlacePrepositions = new("in", "at", "on", "near", "into", "around", "outside", "inside");

    private static readonly WordList NameParticles = new("al", "bin", "ibn", "de", "da", "di", "du", "dos", "van", "von", "der", "la", "le");

    private static readonly WordList Pronouns = new("he", "she", "his", "her", "him", "they", "their", "them", "it", "its");
    private static readonly WordList FirstPerson = new("i", "we");
    private static readonly WordList FirstPersonOwners = new("our", "my");
    private static readonly WordList GenericBodyWords = new("group", "organisation", "organization", "movement", "alliance", "coalition");
    private static readonly WordList RecordingVerbs = new("recorded", "registered", "logged", "documented", "counted");

    /// <summary>Capitalised at a sentence's start, but never part of a name.</summary>
    private static readonly WordList FunctionWords =
        new("across", "in", "on", "at", "after", "before", "during", "since", "by", "from", "for", "with", "of", "to", "the", "a", "an",
         "meanwhile", "separately", "earlier", "later", "also", "but", "and", "citing", "quoting", "according", "this", "that", "these", "those");

    private static readonly WordList BeForms = new("is", "was", "are", "were", "has", "had", "been", "be");

    private static readonly string[] PassiveVerbs =
        ["provided", "given", "shared", "confirmed", "reported", "released", "announced", "disclosed", "published", "supplied", "issued", "compiled", "cited", "estimated"];

    /// <summary>Participles that describe rather than report when an infinitive follows ("believed to have died").</summary>
    private static readonly string[] RaisingVerbs = ["believed", "said", "thought", "reported", "estimated", "alleged", "understood", "known", "feared", "assessed"];

    private static readonly string[] BackReferences = ["information", "figures", "figure", "data", "numbers", "details", "report", "estimate", "estimates", "toll"];

    private static readonly WordList Determiners = new("the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "this");

    private static readonly WordList NounQualifiers = new("other", "earlier", "previous", "new", "latest", "official", "independent", "higher", "lower",
        "conflicting", "competing", "several", "many", "some", "all", "both", "such", "unconfirmed", "local", "initial", "separate");

    /// <summary>Words a source's noun phrase never runs past to the right ("said", a preposition of time or place).</summary>
    private static readonly WordList PhraseEnders = new("said", "says", "told", "during", "on", "in", "at", "for", "over", "from", "based", "compiled");

    private static readonly string[] DownstreamVerbs = ["quoted", "cited", "reported"];

    /// <summary>
    /// What a frame's first word can be ("according", a downstream or passive verb, a reporting verb), by opening
    /// and length: most tokens of a sentence are none, and this tells them apart without the word comparisons.
    /// </summary>
    private static readonly WordOpenings FrameOpenings =
        new(["according", "as", .. DownstreamVerbs, .. PassiveVerbs, .. AttributionLexicon.Shared.Verbs.FirstWords]);

    private readonly AttributionLexicon _lex = AttributionLexicon.Shared;

    public string Name => "attribution";
    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Actors | Layer.Places | Layer.Numbers | Layer.Dates;
    public Layer Assigns => Layer.Sources;

    /// <summary>A frame while a sentence is read: its source, relays, and what it covers.</summary>
    private sealed record RawFrame(TextSpan Span, TextSpan Scope, Source Source, ImmutableArray<Source> Relays, Modality Modality, bool Backward)
    {
        /// <summary>A frame opening a clause after ", and" stands beside the one before it, not inside its report.</summary>
        public bool Coordinated { get; init; }

        /// <summary>Who spoke in the sentence: the source, or the one quoted when the source only passed the words on.</summary>
        public Source Speaker { get; init; } = Source;

        /// <summary>The frame's verb reports what others said ("…, the SITE Intelligence Group reported").</summary>
        public bool Relaying { get; init; }
    }

    /// <summary>
    /// Frames as dictionary keys, compared as records but hashed by their span alone: a record's own hash reads every
    /// field, the source's strings among them, and <see cref="Compose"/> looks its frames up inside nested loops.
    /// </summary>
    private sealed class FrameKeys : IEqualityComparer<RawFrame>
    {
        public static readonly FrameKeys Instance = new();

        public bool Equals(RawFrame? a, RawFrame? b) => a == b;

        public int GetHashCode(RawFrame frame) => frame.Span.GetHashCode();
    }

    /// <summary>
    /// A document's Actors, Dates and Places layers, read sentence by sentence as the sentences are, and the room
    /// the sentence being read keeps its tokens' lexicon lookups in.
    /// </summary>
    private sealed class SentenceLayers(TallyDocument doc)
    {
        public LayerCursor<ActorMention> Actors { get; } = new(doc.Actors, a => a.Span);
        public LayerCursor<TimeMention> Dates { get; } = new(doc.Dates, d => d.Span);
        public LayerCursor<PlaceMention> Places { get; } = new(doc.Places, p => p.Span);

        private TokenLexicon[] _lexicon = [];

        /// <summary>Room for a sentence's tokens' lookups, nothing read yet: one array for the document, not one a sentence.</summary>
        public TokenLexicon[] LexiconFor(int tokens)
        {
            if (_lexicon.Length < tokens) _lexicon = new TokenLexicon[Math.Max(tokens, 2 * _lexicon.Length)];
            else Array.Clear(_lexicon, 0, tokens);
            return _lexicon;
        }
    }

    /// <summary>What the noun-phrase tests look up about one token: its role word, the known body starting there.</summary>
    private struct TokenLexicon
    {
        public bool RoleRead, BodyRead, KnownBodyRead;
        public RoleUse? Role;
        public Phrase<KnownBody>? Body;
        public KnownBody? KnownBody;
    }

    public void Process(TallyDocument doc)
    {
        var mentions = new List<SourceMention>();
        var people = new List<Source>();
        var bodies = new List<Source>();
        var story = doc.Story();
        var layers = new SentenceLayers(doc);
        var (turns, speakers) = SpeakerTurns.Of(doc, _lex, story.Home);
        people.AddRange(speakers);
        Source? lastPerson = null;
        Source? lastBody = null;
        // Who issued the document a story last introduced ("said in a report"): "the report said" is theirs.
        Source? lastIssuer = null;
        ImmutableArray<Source>? carried = null;
        int paragraph = -1;
        int index = 0;
        var sentences = doc.Sentences;
        foreach (var w in SentenceWindows.Of(doc))
        {
            var sentence = sentences[index++];
            if (sentence.Paragraph != paragraph)
            {
                // A source carries down a list, and into it from a line that introduces it ("The ministry's figures:").
                if (!(doc.Paragraphs[sentence.Paragraph].ListItem && paragraph >= 0
                      && (doc.Paragraphs[paragraph].ListItem || doc.Normalized[doc.Paragraphs[paragraph].Span.End - 1] == ':')))
                    carried = null;
                paragraph = sentence.Paragraph;
            }
            var reader = new SentenceReader(this, doc, w, people, bodies, lastPerson, lastBody, lastIssuer, carried is [var carrier, ..] ? carrier : null, story, layers);
            var (frames, impersonal) = reader.Frames();
            // In a transcript, the speaker's own figures are theirs, and what they pass on passes through them.
            var speaker = turns[sentence.Paragraph];
            if (frames.Count == 0)
            {
                // "The Taliban's chief spokesman, Zabihullah Mujahid, gave a different account." names the "he" and
                // the "Mujahid" of the next sentences, though it reports nothing itself.
                if (reader.SubjectPerson() is { } subject) lastPerson = subject;
                var start = new TextSpan(sentence.Span.Start, sentence.Span.Start);
                if (impersonal) carried = null;
                else if (carried is { } chain) mentions.Add(new SourceMention(start, sentence.Span, Spoken(chain, speaker), Modality.Asserted));
                else if (speaker is not null) mentions.Add(new SourceMention(start, sentence.Span, [speaker], Modality.Asserted));
                continue;
            }
            var composed = Compose(frames);
            foreach (var (frame, chain) in composed)
            {
                var scope = frame.Scope;
                if (frame.Backward && index >= 2 && sentences[index - 2].Paragraph == paragraph)
                    scope = new TextSpan(sentences[index - 2].Span.Start, scope.End);
                mentions.Add(new SourceMention(frame.Span, scope, Spoken(chain, speaker), frame.Modality));
            }
            var widest = Widest(composed);
            carried = widest.Chain;
            if (reader.IntroducesDocument()) lastIssuer = widest.Frame.Speaker;
            foreach (var (frame, chain) in composed)
            {
                if (people.Contains(frame.Speaker) || SpeaksAsPerson(frame.Speaker)) lastPerson = frame.Speaker;
                else lastBody = frame.Speaker;
                // Every body of the chain, relays too, can be named again in short ("citing the General Staff of …").
                foreach (var source in chain)
                    if (!people.Contains(source) && !bodies.Contains(source)) bodies.Add(source);
            }
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Sources = mentions;
    }

    /// <summary>
    /// Whether an unnamed source is one person by its role ("a trader in Djibo", "the army's spokesman"): the first
    /// role word of its role says, and a body's word ("ministry") or a plural ("officials") makes no "he" or "she";
    /// a title opens a body's name too ("General Staff").
    /// </summary>
    private bool SpeaksAsPerson(Source source)
    {
        // Its words as spans of the role, not split off as strings: the stage asks this of nearly every frame a body speaks in.
        var role = (source.Role ?? source.Name).AsSpan();
        foreach (var range in role.Split(' '))
        {
            var part = role[range];
            var word = part.EndsWith("'s", StringComparison.Ordinal) ? part[..^2] : part;
            if (_lex.RoleOf(word) is { } use && use != RoleUse.Title) return use != RoleUse.Body && !word.EndsWith('s');
        }
        return false;
    }

    /// <summary>
    /// Whether a frame read already covers the span. A loop, not a lambda: a lambda capturing the reader's locals
    /// would allocate its closure on every token the reader steps over.
    /// </summary>
    private static bool ScopeHolds(List<RawFrame> frames, TextSpan span)
    {
        foreach (var f in frames)
            if (f.Scope.Contains(span)) return true;
        return false;
    }

    /// <summary>A chain said in a transcript speaker's turn ends with that speaker.</summary>
    private static ImmutableArray<Source> Spoken(ImmutableArray<Source> chain, Source? speaker) =>
        speaker is null || chain.Contains(speaker) ? chain : chain.Add(speaker);

    /// <summary>The frame covering most of its sentence, the first of them on a tie: its chain is carried on.</summary>
    private static (RawFrame Frame, ImmutableArray<Source> Chain) Widest(List<(RawFrame Frame, ImmutableArray<Source> Chain)> composed)
    {
        var widest = composed[0];
        foreach (var c in composed)
            if (c.Frame.Scope.Length > widest.Frame.Scope.Length) widest = c;
        return widest;
    }

    /// <summary>
    /// Nests frames: a frame whose source stands inside another frame's scope reports through it
    /// ("Yu indicated that Ukrainian estimates suggest …" gives [Ukraine, Yu]).
    /// </summary>
    private static List<(RawFrame Frame, ImmutableArray<Source> Chain)> Compose(List<RawFrame> frames)
    {
        var result = new List<(RawFrame, ImmutableArray<Source>)>(frames.Count);
        if (frames.Count == 1)
        {
            result.Add((frames[0], frames[0].Relays.Add(frames[0].Source)));
            return result;
        }
        // "JNIM said 200 soldiers had been killed, the SITE Intelligence Group reported": where each frame's scope
        // holds the other's source and the second only reports, the first one's report stops where the second
        // frame begins, so the second passes on what the first said. ("The office has registered 1,209 homicides,
        // the attorney general told reporters" is the speaker's own figure.)
        var scopes = new Dictionary<RawFrame, TextSpan>(frames.Count, FrameKeys.Instance);
        foreach (var f in frames)
        {
            var scope = f.Scope;
            foreach (var g in frames)
                if (g != f && f.Span.Start < g.Span.Start && scope.Contains(g.Span) && g.Scope.Contains(f.Span) && g.Span.Start > scope.Start
                    && g.Relaying)
                    scope = new TextSpan(scope.Start, g.Span.Start);
            scopes[f] = scope;
        }
        var byScope = frames.OrderByDescending(f => scopes[f].Length).ToList();
        var chains = new Dictionary<RawFrame, ImmutableArray<Source>>(FrameKeys.Instance);
        foreach (var f in byScope)
        {
            // The narrowest frame already read whose scope holds this one's source (the first of them on a tie).
            RawFrame? outer = null;
            foreach (var g in f.Coordinated ? [] : byScope)
                if (g != f && scopes[g].Length > scopes[f].Length && scopes[g].Contains(f.Span) && chains.ContainsKey(g)
                    && (outer is null || scopes[g].Length < scopes[outer].Length))
                    outer = g;
            var chain = f.Relays.Add(f.Source);
            // "Lee said … Lee added that …" in one sentence is one link, not two.
            if (outer is not null) chain = chain.AddRange(chains[outer].SkipWhile(s => s == chain[^1] || s.Name == chain[^1].Name));
            chains[f] = chain;
            result.Add((f with { Scope = scopes[f] }, chain));
        }
        return result;
    }

    /// <summary>Reads the frames of one sentence.</summary>
    private sealed class SentenceReader(AttributionStage stage, TallyDocument doc, TokenWindow w, List<Source> people, List<Source> bodies,
        Source? lastPerson, Source? lastBody, Source? lastIssuer, Source? carrier, StoryCountry story, SentenceLayers layers)
    {
        private readonly AttributionLexicon _lex = stage._lex;

        // The sentence's share of the Actors, Dates and Places layers, gathered on first use: the noun-phrase tests
        // ask about many of its tokens, and reading the document's whole layer for each was most of their cost.
        private readonly TextSpan _sentence = w.Cover(w.Start, w.End - 1);
        private List<ActorMention>? _actors;
        private List<TimeMention>? _dates;
        private List<PlaceMention>? _places;

        // What the noun-phrase tests look up about a token (its role word, the known body starting there), read once per
        // token: building one source asks about each word of its phrase several times, and the frames of a sentence
        // read the same phrases again.
        private TokenLexicon[]? _lexicon;

        private ref TokenLexicon LexiconAt(int k) => ref (_lexicon ??= layers.LexiconFor(w.End - w.Start))[k - w.Start];

        private RoleUse? RoleAt(int k)
        {
            if (!w.InRange(k)) return _lex.RoleOf(w.Chars(k));
            ref var read = ref LexiconAt(k);
            if (!read.RoleRead) (read.Role, read.RoleRead) = (_lex.RoleOf(w.Chars(k)), true);
            return read.Role;
        }

        private Phrase<KnownBody>? BodyAt(int k)
        {
            if (!w.InRange(k)) return null;
            ref var read = ref LexiconAt(k);
            if (!read.BodyRead) (read.Body, read.BodyRead) = (_lex.Bodies.At(w, k), true);
            return read.Body;
        }

        public (List<RawFrame> Frames, bool Impersonal) Frames()
        {
            var frames = new List<RawFrame>();
            bool impersonal = false;
            var sentence = w.Cover(w.Start, w.End - 1);
            // "Citing the agency's new estimate, Lee said …": the one cited made the figure the sentence's speaker passes on.
            Source? opening = null;
            // Where the relays a frame has read end: a verb inside them ("citing the Daily Mirror, which quoted …")
            // is part of that chain, no frame of its own.
            int relaysRead = -1;
            for (int i = w.Start; i < w.End; i++)
            {
                if (i <= relaysRead) continue;
                if (i == w.Start && w.IsAny(i, "citing", "quoting") && NpRight(i + 1) is var openingEnd && w.IsPunct(openingEnd + 1, ','))
                {
                    opening = MakeSource(i + 1, openingEnd);
                    i = openingEnd + 1;
                    continue;
                }
                if (!FrameOpenings.MayMatch(w.Chars(i))) continue;
                if (w.Is(i, "according") && w.Is(i + 1, "to"))
                {
                    // "According to our estimates": the text's own author speaks, as in a statement in its own voice.
                    if (w.IsAny(i + 2, FirstPersonOwners))
                    {
                        impersonal = true;
                        i += 2;
                        continue;
                    }
                    int sourceStart = DocumentIssuer(i + 2);
                    int sourceEnd = NpRight(sourceStart);
                    if (MakeSource(sourceStart, sourceEnd) is { } s)
                    {
                        var relays = RelaysAfter(sourceEnd + 1, out _);
                        frames.Add(new RawFrame(w.Cover(i, sourceEnd), sentence, s, relays, Modality.Asserted, false));
                    }
                    i = sourceEnd;
                    continue;
                }
                // ", quoted by AFP," and ", as reported by TASS" pass a frame on; the frame's own verb picks them up.
                if (DownstreamCue(i) is { } cueEnd)
                {
                    i = cueEnd;
                    continue;
                }
                if (w.Is(i + 1, "by") && w.IsAny(i, PassiveVerbs))
                {
                    int byEnd = NpRight(i + 2);
                    if (MakeSource(i + 2, byEnd) is { } by)
                    {
                        var relays = RelaysAfter(byEnd + 1, out _);
                        bool backward = w.IsAny(w.Start, "this", "these", "the", "such") && w.IsAny(w.Start + 1, BackReferences);
                        var modality = VerbAt(i)?.Modality ?? Modality.Asserted;
                        frames.Add(new RawFrame(w.Cover(i + 2, byEnd), sentence, by, relays, modality, backward));
                    }
                    continue;
                }
                var verb = VerbAt(i);
                if (verb is null) continue;
                int verbLast = i + verb.Value.Length - 1;
                // "our hospital admitted 412 children": a hospital admits patients; it reports nothing.
                if (w.Is(i, "admitted") && ContainsNumber(verbLast + 1, verbLast + 2)) continue;
                if (w.IsAny(i - 1, Determiners) || IsVerbAt(verbLast + 1)) continue;
                // "Other estimates are lower", "earlier reports": a word that qualifies a noun makes the verb-like word one.
                if (w.IsAny(i - 1, NounQualifiers) && w.Chars(verbLast).EndsWith('s')) continue;

                int subjectEnd = i - 1;
                bool negated = false, passive = false;
                // Auxiliaries and adverbs stand between a subject and its verb, and so may a time ("and last year said").
                while (true)
                {
                    if (w.IsAny(subjectEnd, Auxiliaries))
                    {
                        negated |= w.Is(subjectEnd, "not");
                        passive |= w.IsAny(subjectEnd, "was", "were", "is", "are", "been", "be");
                        subjectEnd--;
                    }
                    else if (DateEndingAt(subjectEnd) is { } date && date > w.Start) subjectEnd = date - 1;
                    else break;
                }
                // "a claim India has not confirmed": who has not said a figure is no source of it.
                if (negated || w.Is(i - 1, "never")) continue;
                // "drones believed to have been jammed", "a unit said to be": a reduced passive describes, nobody speaks.
                if (w.IsAny(i, RaisingVerbs) && w.Is(verbLast + 1, "to") && w.IsAny(verbLast + 2, "have", "be")) continue;
                // "It is estimated that …": nobody's figure; but "It said …" is the last body speaking.
                if (w.Is(subjectEnd, "it") && w.IsAny(subjectEnd + 1, BeForms))
                {
                    impersonal = true;
                    continue;
                }
                // "after a state of emergency was declared": what a passive verb's subject names was said, nobody said it.
                if (passive && !w.Chars(i).EndsWith("ing", StringComparison.Ordinal)) continue;
                int subjectStart = w.IsAny(subjectEnd, Pronouns) ? subjectEnd : NpLeft(subjectEnd);
                // "a local resistance group and witnesses said", "Police and hospital officials said": sources joined
                // by "and" speak together, the whole phrase being the source.
                if (subjectStart <= subjectEnd && w.Is(subjectStart - 1, "and") && NpLeft(subjectStart - 2) is var joined
                    && joined <= subjectStart - 2 && HasRoleWord(joined, subjectStart - 2) && !ContainsNumber(joined, subjectStart - 2))
                    subjectStart = joined;
                bool inverted = subjectStart > subjectEnd;
                int npStart = subjectStart, npEnd = subjectEnd;
                // "…, telling parliament the figure was propaganda": a participle after a comma has the sentence's
                // subject, not the noun after it nor a phrase read leftwards ("…near Tawila, the agency said, adding
                // that …" names no speaker "Tawila"); after "the ministry said," the frame already read speaks on.
                bool participle = w.IsPunct(subjectEnd, ',') && w.Chars(i).EndsWith("ing", StringComparison.Ordinal);
                if (participle && frames.Count > 0) continue;
                // "…, according to UNRWA, the UN agency for refugees, which says it is …": a relative clause's verb
                // has the noun phrase before the comma as its subject, not the word after it.
                if (inverted && w.IsAny(subjectEnd, "which", "who") && w.IsPunct(subjectEnd - 1, ','))
                {
                    npEnd = subjectEnd - 2;
                    npStart = NpLeft(npEnd);
                    inverted = false;
                }
                else if (participle || inverted && w.Is(subjectEnd, "and"))
                {
                    // "Governor X ordered a curfew and said …": the sentence's subject speaks, after any opening
                    // adverbial ("In a separate update, the ministry said … and claimed …").
                    npStart = SubjectStart();
                    npEnd = NpRight(npStart);
                    inverted = false;
                }
                else if (inverted)
                {
                    // "…, said the ministry": the source follows the verb; "…claimed that Ukraine had …" is no source.
                    npStart = verbLast + 1;
                    npEnd = IsBoundary(npStart) ? npStart - 1 : NpRight(npStart);
                }
                // "…, which Kyiv denied": a comment on the report, not a link in its chain; but "…, as the air force
                // reported that Russia had launched 397 drones" reports what its "that" opens.
                if (w.IsAny(npStart - 1, "which", "as") && !(w.Is(npStart - 1, "as") && w.Is(verbLast + 1, "that"))) continue;
                // ""We counted 230 wounded," said the director": first person is quoted speech; whoever is quoted speaks.
                if (npStart == npEnd && w.IsAny(npStart, FirstPerson)) continue;
                // "1,500 soldiers believed to be …": a counted noun phrase, not a speaker; but "two security sources
                // told …" counts speakers, and a year in an aside ("Obasanjo, who mediated the 2022 deal, said") is no count.
                int head = HeadEnd(npStart, npEnd);
                if (npEnd < npStart || ContainsNumber(npStart, head) && !HasRoleWord(npStart, head) || w.IsNumber(npStart - 1)) continue;
                // "A senior official, quoted by AFP, put the toll at …": the official's figure, passed on by AFP.
                Source? downstream = null;
                for (int k = npStart; k < npEnd; k++)
                    if (w.IsPunct(k, ',') && DownstreamCue(k + 1) is { } inside)
                    {
                        downstream = MakeSource(DownstreamAgent(k + 1), inside);
                        npEnd = k - 1;
                        break;
                    }
                // "The commission said its investigators had confirmed …": the owner speaks through its own people.
                if (w.IsAny(npStart, "its", "their", "his", "her") && AllLowercase(npStart + 1, npEnd) && !IsBodyPhrase(npStart + 1, npEnd)
                    && ScopeHolds(frames, w.SpanOf(npStart))) continue;
                // "Ecuador recorded 6,964 homicides last year, according to the Interior Ministry": a country that
                // "recorded" deaths is where they happened; the one the sentence cites gives the figure.
                if (!inverted && w.IsAny(i, RecordingVerbs) && IsCountryName(npStart, npEnd) && CitesSource()) continue;
                var source = MakeSource(npStart, npEnd);
                // ""We lost 37 men," he said" with no person named before: someone speaks whom the text does not
                // name, so no source carried from before is theirs.
                if (source is null && npStart == npEnd && w.IsAny(npStart, "he", "she")) impersonal = true;
                if (source is null) continue;
                var relaysAfter = RelaysAfter(Math.Max(npEnd, verbLast) + 1, out int relayEnd);
                // "OCHA cited the UN Refugee Agency as saying …": the one cited made the figure.
                if (!inverted && w.IsAny(i, "cited", "quoted", "quoting", "citing") && NpRight(verbLast + 1) is var citedEnd && citedEnd > verbLast
                    && MakeSource(verbLast + 1, citedEnd) is { } cited)
                {
                    relaysAfter = [cited];
                    relayEnd = citedEnd;
                }
                var relaysInside = inverted ? [] : RelaysWithin(npStart, subjectEnd);
                var relaysAll = relaysAfter.AddRange(relaysInside);
                if (opening is not null && !inverted)
                {
                    relaysAll = relaysAll.Insert(0, opening);
                    opening = null;
                }

                int afterVerb = w.SpanOf(Math.Max(verbLast, relayEnd)).End;
                var numbers = doc.Numbers;
                bool numberAfter = false;
                for (int k = LayerSearch.FirstStartingAt(numbers, n => n.Span, afterVerb); k < numbers.Count && numbers[k].Span.Start <= sentence.End && !numberAfter; k++)
                    numberAfter = numbers[k].Span.End <= sentence.End;
                // The word before the subject's determiners: what the frame's clause follows.
                int lead = npStart - 1;
                while (w.IsAny(lead, Determiners)) lead--;
                TextSpan scope;
                // "…rose to 2,901, the ministry said, up from 2,862": a frame set off by commas covers its sentence.
                // '"… 48 drones were launched," the air force said, adding …' too: a closing quote follows the comma.
                int beforeSubject = npStart - 1;
                while (w.IsPunct(beforeSubject, '"') || w.IsPunct(beforeSubject, '\'')) beforeSubject--;
                if (!inverted && w.IsPunct(beforeSubject, ',') && numberAfter) scope = sentence;
                else if (numberAfter || !inverted && w.Is(verbLast + 1, "that"))
                {
                    int scopeStart = w.SpanOf(verbLast).End;
                    int scopeEnd = w.Is(verbLast + 1, "that") ? sentence.End : ClauseEnd(verbLast + 1);
                    scope = new TextSpan(scopeStart, scopeEnd);
                }
                else
                {
                    // "…, the ministry said": a frame after its figures follows a comma, a quote or a conjunction;
                    // after a plain word it is a clause inside a phrase ("from photographs the group posted").
                    if (!inverted && lead >= w.Start && w.IsWord(lead) && !IsBoundary(lead) && !w.IsAny(lead, FunctionWords)) continue;
                    // "…since Monday, when the top court confirmed the result", "…, while a rights group put the toll
                    // higher": a subordinate or contrasting clause does not report the main clause before it.
                    if (!inverted && w.IsAny(lead, SubordinateOpeners)) continue;
                    scope = new TextSpan(sentence.Start, w.SpanOf(Math.Min(npStart, i)).Start);
                }
                // "… Triana said, as quoted by TASS": the one who quotes comes after the one quoted.
                // "said in its morning update, as quoted by the Kyiv Independent" too.
                int afterFrame = Math.Max(Math.Max(npEnd, verbLast), relayEnd) + 1;
                for (int k = afterFrame; downstream is null && k < w.End && k - afterFrame < 10; k++)
                {
                    int cueAt = k == afterFrame && !w.IsPunct(k, ',') ? k : k + 1;
                    if ((k == afterFrame || w.IsPunct(k, ',')) && DownstreamCue(cueAt) is { } after)
                        downstream = MakeSource(DownstreamAgent(cueAt), after);
                    else if (w.IsPunct(k, ',') || w.IsPunct(k, '.')) break;
                }
                // ", and the army said …", ", as the air force reported that …": a report beside the one before it.
                bool coordinated = !inverted && w.IsAny(lead, "and", "as") && w.IsPunct(lead - 1, ',');
                bool relaying = w.IsAny(i, "reported", "reports");
                relaysRead = Math.Max(relaysRead, relayEnd);
                if (downstream is not null)
                    frames.Add(new RawFrame(w.Cover(npStart, npEnd), scope, downstream, relaysAll.Add(source), verb.Value.Modality, false)
                        { Speaker = source, Coordinated = coordinated, Relaying = relaying });
                else frames.Add(new RawFrame(w.Cover(npStart, npEnd), scope, source, relaysAll, verb.Value.Modality, false) { Coordinated = coordinated, Relaying = relaying });
            }
            return (frames, impersonal);
        }

        /// <summary>
        /// "according to figures released by the health ministry", "according to data from the UN": the issuer
        /// behind a document speaks. Returns where the issuer's phrase starts, or <paramref name="k"/>.
        /// </summary>
        private int DocumentIssuer(int k)
        {
            int j = k;
            while (w.IsAny(j, "the", "a", "an", "new", "latest", "official", "preliminary")) j++;
            if (!w.InRange(j) || !IsDocument(j)) return k;
            for (int t = j + 1; t < w.End && t <= j + 3; t++)
                if (w.IsAny(t, "by", "from", "of")) return t + 1;
            return k;
        }

        /// <summary>Whether the sentence brings in a document ("said in a report", "its latest update"), not one named before.</summary>
        public bool IntroducesDocument()
        {
            for (int k = w.Start + 1; k < w.End; k++)
                if (IsDocument(k) && w.IsAny(k - 1, "a", "an", "its", "their", "new", "latest")) return true;
            return false;
        }

        /// <summary>The person a sentence opens with, named with a role ("The ministry's spokesman, X, …"), or null.</summary>
        public Source? SubjectPerson()
        {
            int start = w.IsAny(w.Start, "the", "a", "an") ? w.Start : SubjectStart();
            if (start == w.Start) start = AfterDateline();
            if (!w.IsAny(start, "the", "a", "an") && !IsNameWord(start) || w.IsAny(start, Pronouns)) return null;
            int end = NpRight(start);
            // "Israeli Defence Minister Yoav Gallant visited troops": the subject ends with the name; the lowercase
            // word after it starts the predicate, not the role.
            for (int k = start + 1; k <= end; k++)
                if (w.IsWord(k) && !w.IsCapitalised(k) && !IsNameWord(k) && IsNameWord(k - 1) && !IsTitle(k - 1) && !w.IsAny(k, NameLinks)
                    && HasPersonRole(start, k - 1))
                {
                    end = k - 1;
                    break;
                }
            if (end >= start && !HasPersonRole(start, end)) end = BareNameEnd(start);
            if (end < start) return null;
            int before = people.Count;
            var source = MakeSource(start, end);
            return source is not null && people.Contains(source) && people.Count > before ? source : null;
        }

        /// <summary>
        /// "Jean-Claude Niyonzima keeps his uniform in a bag": two or three capitalised words from
        /// <paramref name="start"/> (hyphenated ones count once) with no role, body, country or place among them,
        /// before a lowercase verb or an age ("Amina Yusuf, 34,"), name a person, whom a feature goes on calling
        /// "he" or "she". The name's last token, or -1.
        /// </summary>
        private int BareNameEnd(int start)
        {
            int end = start, words = 1;
            if (!w.IsCapitalised(start)) return -1;
            while (true)
            {
                if (w.IsPunct(end + 1, '-') && w.Touching(end) && w.Touching(end + 1) && w.IsCapitalised(end + 2)) end += 2;
                else if (w.IsCapitalised(end + 1)) { end++; words++; }
                else break;
            }
            if (words is < 2 or > 3) return -1;
            for (int k = start; k <= end; k++)
                if (w.IsWord(k) && (RoleAt(k) is not null || KnownBodyAt(k) is not null)) return -1;
            var span = w.Cover(start, end);
            if (HasActor(span) || IsRegionOrTown(span)) return -1;
            bool verbAfter = w.IsWord(end + 1) && !w.IsCapitalised(end + 1) && !w.IsAny(end + 1, FunctionWords);
            bool ageAfter = w.IsPunct(end + 1, ',') && w.IsNumber(end + 2) && w.IsPunct(end + 3, ',');
            return verbAfter || ageAfter ? end : -1;
        }

        /// <summary>Whether tokens [from, to] are just a country's name ("Ecuador"), no demonym or body.</summary>
        private bool IsCountryName(int from, int to)
        {
            var span = w.Cover(from, to);
            var actors = ActorsAround(span);
            for (int i = 0; i < actors.Count; i++)
                if (actors[i].Span == span && actors[i].Form == ActorForm.Name) return true;
            return false;
        }

        /// <summary>Whether the sentence names a source with "according to".</summary>
        private bool CitesSource()
        {
            for (int k = w.Start; k + 1 < w.End; k++)
                if (w.Is(k, "according") && w.Is(k + 1, "to")) return true;
            return false;
        }

        /// <summary>The first token of a date mention that ends at token <paramref name="k"/>, or null.</summary>
        private int? DateEndingAt(int k)
        {
            if (!w.IsWord(k)) return null;
            var dates = DatesAround(_sentence);
            for (int i = 0; i < dates.Count; i++)
                if (dates[i].Span.End == w.SpanOf(k).End) return w.IndexAt(dates[i].Span.Start);
            return null;
        }

        /// <summary>The token after a dateline that opens the sentence ("BUJUMBURA - Jean-Claude …"), or the sentence's first.</summary>
        private int AfterDateline()
        {
            int k = w.Start;
            while (k < w.End && (w.IsWord(k) && w.Chars(k) is var word && word.Length > 1 && !word.ContainsAnyInRange('a', 'z') || w.IsPunct(k, ','))) k++;
            return k > w.Start && k < w.End && w.Kind(k) == TokenKind.Punctuation && w.Chars(k) is "-" or "\u2013" or "\u2014" && !w.Touching(k - 1) && !w.Touching(k) ? k + 1 : w.Start;
        }

        /// <summary>Where the sentence's subject starts: past an opening adverbial and its comma, if any.</summary>
        private int SubjectStart()
        {
            if (!w.IsAny(w.Start, FunctionWords)) return w.Start;
            for (int k = w.Start + 1; k < w.End && k - w.Start < 10; k++)
                if (w.IsPunct(k, ',')) return k + 1;
            return w.Start;
        }

        private (Modality Modality, int Length)? VerbAt(int i)
        {
            return _lex.Verbs.At(w, i) is { } phrase ? (phrase.Meaning, phrase.Words.Length) : null;
        }

        private bool IsVerbAt(int i) => _lex.Verbs.At(w, i) is not null;

        private bool HasVerb(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (IsVerbAt(k)) return true;
            return false;
        }

        /// <summary>Where a phrase's head ends: before its first comma.</summary>
        private int HeadEnd(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (w.IsPunct(k, ',')) return k - 1;
            return to;
        }

        /// <summary>Whether a number in digits lies in the tokens ("one of the few still working" has none).</summary>
        private bool HasDigits(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (w.IsNumber(k)) return true;
            return false;
        }

        /// <summary>Whether a figure the number stage found, in digits or words, lies in the tokens.</summary>
        private bool ContainsNumber(int from, int to)
        {
            if (to < from) return false;
            var span = w.Cover(from, to);
            var numbers = doc.Numbers;
            int first = LayerSearch.FirstStartingAt(numbers, n => n.Span, span.Start);
            return first < numbers.Count && numbers[first].Span.End <= span.End;
        }

        /// <summary>
        /// Where a coordinated clause ends a frame's reach: at "; …", and at ", while …" when the clause reports a
        /// figure of its own ("…, while the rebels said 40 had died"). A contrast with no one speaking in it is
        /// still the frame's ("the air force said it shot down 296 drones, while a further 415 were lost").
        /// </summary>
        private int ClauseEnd(int from)
        {
            for (int k = from; k < w.End; k++)
            {
                if (w.IsPunct(k, ';')) return w.SpanOf(k).Start;
                if (w.IsPunct(k, ',') && w.IsAny(k + 1, "while", "whereas", "but", "although") && Reports(k + 2, w.End - 1))
                    return w.SpanOf(k).Start;
            }
            return w.SpanOf(w.End - 1).End;
        }

        /// <summary>Whether a verb of saying or an "according to" lies in the tokens.</summary>
        private bool Reports(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (IsVerbAt(k) || w.Is(k, "according")) return true;
            return false;
        }

        /// <summary>The start of the noun phrase ending at <paramref name="end"/>, walking left; past an apposition to its name.</summary>
        private int NpLeft(int end)
        {
            // "Alexei Smirnov, the acting governor of Kursk region, said": the verb follows the apposition's comma.
            if (w.IsPunct(end, ',') && end > w.Start)
            {
                int appositionStart = end - 1;
                while (appositionStart > w.Start && !w.IsPunct(appositionStart - 1, ',') && end - appositionStart < 26) appositionStart--;
                // "The Levant Policy Forum, which cross-checks funeral notices, local media and social media posts,
                // estimates": a relative clause may hold commas of its own; it opens at its "which" or "who".
                for (int k = appositionStart - 2; k > w.Start && end - k < 40 && !w.IsAny(appositionStart, "which", "who"); k--)
                    if (w.IsPunct(k - 1, ',') && w.IsAny(k, "which", "who") && !HasVerb(appositionStart, end - 1))
                    {
                        appositionStart = k;
                        break;
                    }
                if (w.IsPunct(appositionStart - 1, ','))
                {
                    // Past an apposition ("…, the acting governor of Kursk region, said") or any other aside
                    // between commas ("A US defence official, speaking on condition of anonymity, said").
                    bool apposition = w.IsAny(appositionStart, "the", "a", "an") && HasRoleWord(appositionStart, end - 1);
                    // An aside holding a figure or a verb of saying is a clause of the sentence, not a description.
                    // "…, killing four civilians, said": a participle's clause counts in words too.
                    bool plain = !HasDigits(appositionStart, end - 1) && !HasVerb(appositionStart, end - 1)
                        && !(IsParticipleAside(appositionStart) && _lex.Relays.At(w, appositionStart) is null && ContainsNumber(appositionStart, end - 1));
                    // "One of the sources, a senior officer who …, said": with no name before it the apposition speaks.
                    if (apposition)
                    {
                        var name = NameEndingAt(appositionStart - 2);
                        // "The Syrian Observatory for Human Rights, a Britain-based monitor, said": the whole name.
                        if (name is { } n && w.IsAny(n - 1, "for", "of") && w.IsCapitalised(n - 2)) name = NpLeft(appositionStart - 2);
                        return name ?? (plain && NpLeft(appositionStart - 2) <= appositionStart - 2 ? appositionStart : end + 1);
                    }
                    // "…, who mediated the 2022 talks, said", "…, citing two officials, reported": asides with a figure
                    // that still describe or relay; "…, rejected the figure of 471 dead, saying" is a clause.
                    if (!plain && !w.IsAny(appositionStart, "who", "which", "whose", "quoting", "citing", "quoted", "cited", "as")) return end + 1;
                    int nameStart = NpLeft(appositionStart - 2);
                    // "The head of Ukraine's military intelligence, Kyrylo Budanov, quoted by …, said": the role before the name.
                    if (w.IsPunct(nameStart - 1, ',') && NpLeft(nameStart - 2) is var roleStart && roleStart <= nameStart - 2
                        && HasPersonRole(roleStart, nameStart - 2) && NameEndingAt(nameStart - 2) is null)
                        nameStart = roleStart;
                    int named = SkipDeterminers(nameStart, appositionStart - 2);
                    if (nameStart <= appositionStart - 2 && (HasRoleWord(nameStart, appositionStart - 2) || NameEndingAt(appositionStart - 2) == nameStart
                        || IsDocument(appositionStart - 2)
                        || plain && !w.IsAny(named, FunctionWords) && AllCapitalised(named, appositionStart - 2)))
                        return nameStart;
                }
                return end + 1;
            }
            int start = end + 1;
            for (int k = end; k >= w.Start && end - k < 12; k--)
            {
                if (w.IsPunct(k, '.') && k > w.Start && w.IsCapitalised(k - 1) && w.Chars(k - 1).Length <= 4) { start = k; continue; }
                if (IsPluralPossessive(k)) { start = k; continue; }
                // "the UN Office for the Coordination of Humanitarian Affairs (OCHA) said": an acronym in brackets.
                if (w.IsPunct(k, ')') && w.IsPunct(k - 2, '('))
                {
                    k -= 2;
                    start = k;
                    continue;
                }
                // A hyphen joins words; a dash with spaces around it ends a dateline ("KABUL - Afghanistan's …").
                bool joiningHyphen = w.IsPunct(k, '-') && (w.Touching(k - 1) || w.Touching(k));
                if (w.Kind(k) == TokenKind.Punctuation && !joiningHyphen)
                {
                    // "Oleh Syniehubov, the governor of Kharkiv region, said": keep walking past the apposition.
                    // A name after a preposition is no subject: "… in W National Park, the government said".
                    if (w.IsPunct(k, ',') && start <= end && w.IsAny(start, "the", "a", "an") && HasRoleWord(start, end)
                        && NameEndingAt(k - 1) is { } nameStart && !w.IsAny(nameStart - 1, PlacePrepositions))
                        return nameStart;
                    break;
                }
                // "photographs the group posted": a determiner after a plain noun starts the subject of a clause
                // with no "that"; after a preposition it is inside the phrase ("the head of the agency").
                if (k < end && w.IsAny(k, "the", "a", "an") && k > w.Start && w.IsWord(k - 1) && !w.IsCapitalised(k - 1)
                    && !w.IsAny(k - 1, FunctionWords) && !HasRoleWord(k - 1, k - 1))
                {
                    start = k;
                    break;
                }
                // "Health officials in Sindh and Balochistan": places joined by "and" stay in one phrase, and so does a
                // body's name holding "and" ("the Armed Conflict Location and Event Data Project (ACLED)").
                if (k < end && w.Is(k, "and") && (IsPlace(k - 1) && IsPlace(k + 1) || AndInsideName(k))) { start = k; continue; }
                // A subject holds no verb: "… told parliament the figure was …" stops at "was"; its head may look
                // like one ("Ukrainian estimates suggest").
                // A number that is no figure belongs to a name ("a spokesman for Rescue 1122").
                if (IsBoundary(k) || w.IsNumber(k) && ContainsNumber(k, k) || w.IsAny(k, BeForms) || w.IsAny(k, "had", "have", "told", "received") || k < end && IsVerbAt(k)) break;
                start = k;
            }
            return start;
        }

        /// <summary>
        /// The start of a proper name ending at <paramref name="end"/> ("Oleh Syniehubov", "Rep. Yu Yong-weon"): one to
        /// five capitalised words, not just a sentence's capitalised first word; null when there is none.
        /// </summary>
        private int? NameEndingAt(int end)
        {
            int start = end + 1;
            bool personal = false;
            for (int k = end; k >= w.Start && end - k < 6; k--)
            {
                if (w.IsWord(k) && w.IsCapitalised(k) && !w.IsAny(k, FunctionWords) && !IsActor(k) && !IsDate(k) && !IsRegionWord(k))
                {
                    start = k;
                    // A name may hold a word the gazetteer knows ("Maria Isabel Salvador"), but not only such words.
                    personal |= !IsPlace(k);
                }
                else if (w.IsPunct(k, '.') && k > w.Start && w.IsCapitalised(k - 1)) start = k;
                else break;
            }
            if (start > end || !personal || start == w.Start && start == end) return null;
            return start;
        }

        /// <summary>The end of the noun phrase starting at <paramref name="start"/>, with an apposition after a comma.</summary>
        private int NpRight(int start)
        {
            int end = start - 1;
            for (int k = start; k < w.End && k - start < 12; k++)
            {
                if (w.IsPunct(k, '.') && w.IsCapitalised(k - 1) && w.Chars(k - 1).Length <= 4 && w.IsCapitalised(k + 1)) { end = k; continue; }
                // The last dot of an initialism ("two U.S. officials").
                if (w.IsPunct(k, '.') && w.IsCapitalised(k - 1) && w.Chars(k - 1).Contains('.')) { end = k; continue; }
                if (IsPluralPossessive(k)) { end = k; continue; }
                if (w.Kind(k) == TokenKind.Punctuation && !w.IsPunct(k, '-')) break;
                // "International Organization for Migration": a preposition between capitalised words is part of a name.
                bool insideName = w.IsAny(k, "for", "of") && w.IsCapitalised(k - 1) && (w.IsCapitalised(k + 1) || w.Is(k + 1, "the") && w.IsCapitalised(k + 2))
                    || AndInsideName(k)
                    // "the health ministry in Sanaa": a body's seat belongs to its phrase.
                    || w.Is(k, "in") && IsPlace(k + 1) && IsBodyWord(k - 1);
                if (k > start && !insideName && (IsBoundary(k) || w.IsAny(k, PhraseEnders)
                    || w.IsAny(k, BeForms) || w.IsAny(k, "had", "have") || w.IsNumber(k)
                    // "Defence Minister X denied …": a past-tense verb of saying ends its subject ("estimate" may be a noun).
                    || w.Chars(k).EndsWith("ed", StringComparison.Ordinal) && IsVerbAt(k))) break;
                end = k;
            }
            // "the head of the national police, General Carlos Fernando Triana": a name in apposition after a role.
            if (w.IsPunct(end + 1, ',') && HasRoleWord(start, end) && NameEndingAt(end) is null && NameAfter(end + 2) is { } nameEnd)
                return nameEnd;
            // ", the chief of Ukraine's defence intelligence," or ", head of the city's administration," after a name gives its role.
            if (w.IsPunct(end + 1, ',') && (w.IsAny(end + 2, "the", "a", "an") || HasPersonRole(end + 2, end + 2)) && w.IsCapitalised(start))
            {
                int apposEnd = end + 2;
                for (int k = end + 2; k < w.End && k - end < 14; k++)
                {
                    if (w.Kind(k) == TokenKind.Punctuation && !w.IsPunct(k, '-') && !w.Is(k, "'s")) break;
                    apposEnd = k;
                }
                if (HasRoleWord(end + 2, apposEnd)) return apposEnd;
            }
            return end;
        }

        /// <summary>
        /// Whether the "and" at <paramref name="k"/> joins two parts of one body's name: capitalised words on both
        /// sides, the name closed by its acronym in brackets ("Centre for Research and Security Studies (CRSS)"),
        /// as sources joined by "and" ("the army and the police") never are.
        /// </summary>
        private bool AndInsideName(int k)
        {
            if (!w.Is(k, "and") || !w.IsCapitalised(k - 1) || !w.IsCapitalised(k + 1)) return false;
            int j = k + 1;
            while (j + 1 < w.End && j - k < 8 && (w.IsCapitalised(j + 1) || w.IsAny(j + 1, "for", "of", "and") && w.IsCapitalised(j + 2))) j++;
            return w.IsPunct(j + 1, '(') && w.IsPunct(j + 3, ')') && Acronyms.IsAcronym(w.Chars(j + 2));
        }

        /// <summary>The end of a person's name starting at <paramref name="start"/> that closes its clause, or null.</summary>
        private int? NameAfter(int start)
        {
            int k = start;
            while (IsNameWord(k) || w.IsPunct(k, '.') && w.IsCapitalised(k - 1) && w.Chars(k - 1).Length <= 4 && IsNameWord(k + 1)) k++;
            // Two words at least, and no body's name ("the UN refugee agency, UNHCR" is the agency named again).
            return k > start + 1 && (k >= w.End || w.Kind(k) == TokenKind.Punctuation) && !IsPlace(k - 1) && !IsActor(k - 1) && !IsBodyPhrase(start, k - 1)
                ? k - 1 : null;
        }

        /// <summary>The apostrophe of a plural possessive ("the Palestinian Prisoners' Society") belongs to its phrase.</summary>
        private bool IsPluralPossessive(int k) =>
            w.IsPunct(k, '\'') && k > w.Start && w.Touching(k - 1) && w.IsWord(k - 1) && w.Chars(k - 1)[^1] is 's' && w.IsWord(k + 1);

        private bool HasPersonRole(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (w.IsWord(k) && RoleAt(k) is { } use && use != RoleUse.Body) return true;
            return false;
        }

        private bool HasRoleWord(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (w.IsWord(k) && RoleAt(k) is not null) return true;
            return false;
        }

        /// <summary>Relays right after a source ("…, citing the General Staff", "who referenced briefings from Y").</summary>
        private ImmutableArray<Source> RelaysAfter(int from, out int end)
        {
            end = from - 1;
            int k = from;
            while (w.IsPunct(k, ',')) k++;
            if (w.Is(k, "who") || w.Is(k, "which")) k++;
            if (RelayAt(k, ref end) is { Length: > 0 } relays) return relays;
            // "Xinhua reported on Sunday, citing the island's disaster centre": a short adverbial may come first.
            for (int j = k; j < k + 6 && w.InRange(j) && !w.IsNumber(j) && !IsVerbAt(j); j++)
                if (w.IsPunct(j, ',')) return RelayAt(j + 1, ref end);
            return [];
        }

        private ImmutableArray<Source> RelaysWithin(int from, int to)
        {
            int end = to;
            for (int k = from; k <= to; k++)
            {
                var r = RelayAt(k, ref end);
                if (r.Length > 0) return r;
            }
            return [];
        }

        /// <summary>
        /// "quoted by Y", "as cited by Y", "as reported by Y" at <paramref name="k"/>: a passer-on after the source.
        /// Returns where Y's phrase ends, or null.
        /// </summary>
        private int? DownstreamCue(int k)
        {
            int agent = DownstreamAgent(k);
            if (agent == k) return null;
            int end = NpRight(agent);
            return end >= agent ? end : null;
        }

        /// <summary>Where the passer-on's phrase starts after "(as) quoted/cited/reported by", or k when there is no such cue.</summary>
        private int DownstreamAgent(int k)
        {
            int verb = w.Is(k, "as") ? k + 1 : k;
            bool cue = w.IsAny(verb, DownstreamVerbs) && w.Is(verb + 1, "by")
                && (verb > k || w.IsPunct(k - 1, ',') && !w.Is(verb, "reported"));
            return cue ? verb + 2 : k;
        }

        private ImmutableArray<Source> RelayAt(int k, ref int end)
        {
            if (_lex.Relays.At(w, k) is not { } cue) return [];
            // "quoted by AFP" names who passed the figure on, not where it came from.
            if (w.Is(k + cue.Words.Length, "by")) return [];
            int npStart = k + cue.Words.Length;
            if (cue.Meaning is { } needed)
            {
                int limit = npStart + 5;
                while (npStart < limit && w.InRange(npStart) && !w.Is(npStart, needed)) npStart++;
                if (!w.Is(npStart, needed)) return [];
                npStart++;
            }
            int npEnd = NpRight(npStart);
            if (MakeSource(npStart, npEnd) is not { } upstream) return [];
            end = npEnd;
            // "citing the Daily Mirror, which quoted District Secretary Prabath Abeywardena": one hand further back.
            if (w.IsPunct(npEnd + 1, ',') && w.IsAny(npEnd + 2, "which", "who") && w.IsAny(npEnd + 3, "quoted", "cited")
                && NpRight(npEnd + 4) is var deeperEnd && deeperEnd >= npEnd + 4 && MakeSource(npEnd + 4, deeperEnd) is { } deeper)
            {
                end = deeperEnd;
                return [deeper, upstream];
            }
            return [upstream];
        }

        /// <summary>Builds a source from the noun phrase [from, to]: a person, a body, a country speaking, or a role.</summary>
        public Source? MakeSource(int from, int to)
        {
            while (from <= to && w.IsAny(from, "the", "a", "an")) from++;
            // Trailing punctuation goes, but a closing bracket stays with its acronym ("… in Haiti (BINUH)").
            while (to >= from && w.Kind(to) == TokenKind.Punctuation && !(w.IsPunct(to, ')') && w.IsPunct(to - 2, '('))) to--;
            if (to < from) return null;
            if (w.IsAny(from, Pronouns) && (from == to || !w.IsCapitalised(from + 1)) && !HasRoleWord(from + 1, to))
                // "He said" is a person's word: a body named before is no "he", however recent.
                return w.IsAny(from, "they", "their", "them", "it", "its") ? lastBody ?? lastPerson : lastPerson;
            // "Spain sent 56 rescuers, its defence ministry said": "its" is the country the sentence opened with.
            if (w.IsAny(from, "its", "their") && from < to && SubjectCountry() is { } owner && AllLowercase(from + 1, to) && IsBodyPhrase(from + 1, to))
            {
                string owned = doc[w.Cover(from + 1, to)];
                return new Source(owned, owned, owner);
            }
            if (w.IsAny(from, "its", "their", "his", "her")) from++;
            // "according to the ministry's (daily) data": a document speaks for its owner.
            if (IsDocument(to))
                for (int k = to - 1; k > from && k >= to - 3; k--)
                    if (w.Is(k, "'s") && AllLowercase(from, k - 1) && Mentioned(from, k - 1) is { } issuer) return issuer;
            if (Mentioned(from, to) is { } earlier) return earlier;

            var span = w.Cover(from, to);
            // "the AA said" after "the Arakan Army (AA)": an acronym the text spelled out is the body it names.
            if (from == to && Acronyms.IsAcronym(w.Chars(from)) && KnownBodyIn(from, to) is null && Acronyms.Expansion(doc.Normalized, w.Chars(from).ToString()) is { } spelled)
                return new Source(spelled, spelled, CountryIn(span) ?? HomeOf(from, to));
            // "Ronda said": a surname named before is its person, though a town elsewhere has the name too.
            if (from == to && people.Count > 0 && w.IsCapitalised(from) && KnownPerson(w.Chars(from), oneWord: true) is { } bySurname) return bySurname;
            // "The West Bank recorded 196 dead": a region or town is where figures are, not who gives them
            // (a country or capital speaking, "Kyiv said", is an actor and stays a source).
            if (IsRegionOrTown(span) && !HasActor(span)) return null;
            // "Marta Kowalczyk, a researcher who tracks Russian paramilitary forces": a relative clause says what
            // the source does, not whose it is.
            int clause = from + 1;
            while (clause <= to && !w.IsAny(clause, "who", "which", "whose")) clause++;
            string? country = CountryIn(clause > to ? span : w.Cover(from, clause - 1));
            // "the General Staff" after "the General Staff of Ukraine's Armed Forces": a short form of a body named
            // before, which keeps that body's owner.
            if (country is null && ShortFormOf(from, to) is { } full) return full;
            // After a comma comes an apposition giving the role ("…, the governor of Kharkiv region") or, after
            // a role, the name ("the head of the administration, Oleh Hryhorov"); a relative clause adds nothing.
            bool apposition = false;
            int roleEnd = to;
            for (int k = from; k <= to; k++)
            {
                if (w.IsPunct(k, ',') && w.Is(k + 1, "known") && k > from)
                {
                    // "The rebel coalition, known by its French initials CSP-DPA,": the name it is known by is its name.
                    int last = to;
                    while (last > k + 1 && !IsNameWord(last)) last--;
                    int first = last;
                    while (first > k + 2 && IsNameWord(first - 1)) first--;
                    if (IsNameWord(last))
                        return new Source(doc[w.Cover(first, last)], doc[w.Cover(from, k - 1)], country ?? HomeOf(from, k - 1));
                }
                if (w.IsPunct(k, ','))
                {
                    // A relative clause or a relay after the comma ("Reuters, quoting a doctor, …") is no part of the name.
                    // So is a participle's aside ("Mediazona, working with the BBC's Russian service, …").
                    if (w.IsAny(k + 1, "who", "which", "whose") || _lex.Relays.At(w, k + 1) is not null || IsParticipleAside(k + 1)) to = k - 1;
                    else { apposition = true; roleEnd = k; }
                    break;
                }
                // "a senior officer who spoke on condition of anonymity": the relative clause is no part of the name.
                if (k > from && w.IsAny(k, "who", "which", "whose"))
                {
                    to = k - 1;
                    break;
                }
            }
            int headEnd = apposition ? roleEnd - 1 : to;

            // The name: the last run of capitalised words that are no title, role, body word, country or date, and
            // not only places ("Mohamed Nur Farah" keeps the town-like "Farah"; "Kharkiv" alone is no name).
            int nameStart = -1, nameEnd = -1;
            bool personal = false;
            for (int k = headEnd; k >= from; k--)
            {
                bool nameWord = IsNameWord(k) && RoleAt(k) is null && !IsRegionWord(k) && !IsActor(k) && !IsBodyWord(k)
                    && !w.IsAny(k, FunctionWords) && !IsDate(k) && !InKnownBody(k, from)
                    || nameEnd >= 0 && AndInsideName(k);
                if (nameWord)
                {
                    if (nameEnd < 0) nameEnd = k;
                    nameStart = k;
                    personal |= !IsPlace(k);
                }
                else if (nameEnd >= 0)
                {
                    if (personal) break;
                    nameStart = nameEnd = -1;
                }
            }
            // "Most of the killings": a sentence's capitalised first word heading a longer phrase is no name.
            if (!personal || nameStart == w.Start && nameEnd == nameStart && nameEnd < headEnd) nameStart = nameEnd = -1;
            // "the local People's Defence Force", "the Assistance Association for Political Prisoners", "Rescue 1122":
            // capitalised words before a possessive that a capitalised word follows, after a body's word and "for" or
            // "of", or before a number are part of a body's name, not a person's.
            if (nameEnd >= 0 && (w.Is(nameEnd + 1, "'s") && w.IsCapitalised(nameEnd + 2)
                || w.IsAny(nameStart - 1, "for", "of") && nameStart - 2 >= from && IsBodyWord(nameStart - 2) || w.IsNumber(nameEnd + 1)))
                nameStart = nameEnd = -1;
            // "state police spokesman Usman Abdullahi" is a person although "police" names a body.
            if (nameEnd >= 0 && nameStart >= from && (!IsBodyPhrase(from, headEnd) || HasPersonRole(from, nameStart - 1)))
            {
                string name = doc[w.Cover(nameStart, nameEnd)];
                var known = KnownPerson(name, oneWord: nameStart == nameEnd) ?? (nameStart == nameEnd ? TitledEarlier(w.Chars(nameStart)) : null);
                string? role;
                if (apposition && roleEnd < to) role = doc[w.Cover(SkipDeterminers(roleEnd + 1, to), to)];
                else
                {
                    // The words around the name, less trailing titles: "South Korean lawmaker (Rep.)", "Governor … of Mykolaiv region".
                    int roleLast = nameStart - 1;
                    // A lowercase title is a description and stays ("former Nigerian president Olusegun Obasanjo"), and so
                    // does a title that is the whole role ("Kenya's President William Ruto") or ends a capitalised one
                    // ("Prime Minister", "Interior Minister").
                    while (roleLast >= from && (w.Kind(roleLast) == TokenKind.Punctuation
                        || RoleAt(roleLast) == RoleUse.Title && roleLast > from && w.IsCapitalised(roleLast) && !w.IsCapitalised(roleLast - 1)
                           && HasRoleWord(from, roleLast - 1))) roleLast--;
                    string before = roleLast >= from ? doc[w.Cover(from, roleLast)] : "";
                    string after = nameEnd < headEnd ? doc[w.Cover(nameEnd + 1, headEnd)] : "";
                    role = (before + " " + after).Trim() is { Length: > 0 } r ? r : known?.Role;
                }
                if (known is not null && role is null && country is null) return known;
                // "The ministry's spokesman, Anis al-Asbahi": a spokesman speaks for the body named before.
                country ??= OwnerCountry(from, to);
                // "office spokesperson Thameen Al-Kheetan" after "the UN human rights office said": the body word before
                // the role is that body, whose country its speaker has, none for an international body.
                if (country is null && known?.Country is null && BodyBeforeRole(from, nameStart - 1) is { } spokenFor)
                {
                    var spokesperson = new Source(name, role, spokenFor.Country);
                    people.Add(spokesperson);
                    return spokesperson;
                }
                // "In Russia's Belgorod region, Governor X said": a local office holder speaks for the place named.
                if (country is null && known?.Country is null && HasLocalRole(from, to)) country = FirstPlaceCountry(_sentence);
                // A spokesman speaks for the country the sentence opens with ("Thailand struck …, army spokesman X said"),
                // else the one the sentence before named ("Cambodia released its figures. X, spokeswoman for …"), else
                // the place the sentence names ("… near Konduga, police spokesman X said"), else the body that spoke
                // last ("The Houthis say … Military spokesman Yahya Saree claimed") unless a news agency, which
                // speaks for no side ("According to an AFP tally …").
                if (country is null && known?.Country is null && role is not null && role.Contains("spokes", StringComparison.OrdinalIgnoreCase))
                    country = SubjectCountry() ?? CountryOfSentenceBefore() ?? FirstPlaceCountry(_sentence) ?? (IsNewsAgency(lastBody) ? null : lastBody?.Country);
                // "The SBU says its drones hit 41 aircraft. … President Volodymyr Zelensky said …": a person with no cue
                // of their own speaks for the side whose source the paragraph carries, else for the country the sentence
                // before named ("Other Iranian officials have offered higher numbers. Saeed Ohadi, who heads …, told …").
                var person = new Source(known?.Name ?? name, role ?? known?.Role, country ?? known?.Country ?? HomeOf(from, to, (IsNewsAgency(carrier) ? null : carrier?.Country) ?? CountryOfSentenceBefore()));
                if (known is null) people.Add(person);
                else if (person != known) people[people.IndexOf(known)] = person;
                return person;
            }

            // "the head of the regional administration, Oleh Hryhorov": the role first, the name in apposition.
            if (apposition && roleEnd < to && AllCapitalised(roleEnd + 1, to))
            {
                int first = roleEnd + 1;
                while (first < to && (IsTitle(first) || w.IsPunct(first, '.'))) first++;
                // "the UN humanitarian office, OCHA": an international body's name keeps no country.
                var namedCountry = KnownBodyIn(from, to) is { International: true } ? null : country ?? OwnerCountry(from, roleEnd - 1) ?? HomeOf(from, to);
                var named = new Source(doc[w.Cover(first, to)], doc[w.Cover(from, roleEnd - 1)], namedCountry);
                people.Add(named);
                return named;
            }

            // "The report said …", "the quarterly report also documented …": an unowned document speaks for the
            // body that issued it.
            if (AllLowercase(from, to) && IsDocument(to) && !IsBodyPhrase(from, to) && !HasRoleWord(from, to)) return lastIssuer ?? lastBody ?? lastPerson;
            string text = doc[w.Cover(from, to)];
            // An international body ("the UN mission in Ukraine") belongs to no country, whatever place it names.
            // "local rights groups" are of the place, though rights groups in general belong to no country.
            // An international body's name after a country or demonym is that country's branch or mission: "the
            // Malagasy Red Cross", "Ukraine's UN mission".
            if (KnownBodyIn(from, to) is { } body)
                return new Source(text, body.Role, body.International && !w.Is(from, "local") && !IsActor(from) ? null : body.Country ?? country ?? story.Home);
            if (IsBodyPhrase(from, to) || country is not null || HasRoleWord(from, to))
            {
                // The role is the phrase without its owner: "Ecuador's prison authority" is a "prison authority".
                int roleStart = from;
                while (roleStart < to && IsActor(roleStart)) roleStart++;
                if (roleStart > from && w.Is(roleStart, "'s")) roleStart++;
                string role = HasRoleWord(roleStart, to) && roleStart <= to ? doc[w.Cover(roleStart, to)] : text;
                return new Source(text, role, country ?? HomeOf(from, to));
            }
            return null;
        }

        /// <summary>The person already named <paramref name="name"/>, else for a one-word name ("Yu") the first whose name holds it.</summary>
        private Source? KnownPerson(ReadOnlySpan<char> name, bool oneWord)
        {
            foreach (var p in people)
                if (name.SequenceEqual(p.Name)) return p;
            if (oneWord)
                foreach (var p in people)
                    if (IndexOfWord(p.Name, name) >= 0) return p;
            return null;
        }

        /// <summary>
        /// "… a summit with U.S. President Joe Biden. Biden later announced …": a surname alone is the person an
        /// earlier sentence named in full after a title, with the country that title carried.
        /// </summary>
        private Source? TitledEarlier(ReadOnlySpan<char> surname)
        {
            var all = new TokenWindow(doc.Normalized, doc.TokenArray, 0, w.Start);
            for (int k = w.Start - 1; k > 1; k--)
            {
                if (!all.Chars(k).SequenceEqual(surname)) continue;
                // One or two given names, then a title within three words: "Secretary of State Antony Blinken".
                for (int first = k - 1; first >= k - 2 && first > 3 && all.IsWord(first) && all.IsCapitalised(first) && _lex.RoleOf(all.Chars(first)) is null; first--)
                {
                    int title = first - 1;
                    while (title > first - 3 && _lex.RoleOf(all.Chars(title)) != RoleUse.Title) title--;
                    if (_lex.RoleOf(all.Chars(title)) == RoleUse.Title) return Introduced(all, title, first, k);
                }
            }
            return null;
        }

        /// <summary>The person named by tokens first..last after a title at <paramref name="title"/>, with the country named just before.</summary>
        private Source Introduced(TokenWindow all, int title, int first, int last)
        {
            var before = new TextSpan(all.SpanOf(Math.Max(0, title - 3)).Start, all.SpanOf(first - 1).End);
            string? country = null;
            var actors = doc.Actors;
            for (int i = LayerSearch.FirstStartingAt(actors, a => a.Span, before.Start); i < actors.Count && actors[i].Span.End <= before.End; i++)
                country = actors[i].Country;
            var person = new Source(doc[all.Cover(first, last)], doc[all.Cover(title, first - 1)], country);
            people.Add(person);
            return person;
        }

        /// <summary>The country of the actor that opens the sentence ("Spain alone sent …"), if one does.</summary>
        private string? SubjectCountry()
        {
            int start = w.SpanOf(SkipDeterminers(w.Start, w.End - 1)).Start;
            var actors = doc.Actors;
            int first = LayerSearch.FirstStartingAt(actors, a => a.Span, start);
            return first < actors.Count && actors[first].Span.Start == start ? actors[first].Country : null;
        }

        private static bool IsNewsAgency(Source? source) => source?.Role is "news agency";

        /// <summary>
        /// The country of a body a phrase names: a known one ("the Houthis' military spokesman") or one named
        /// before by a bare word and "'s" ("the ministry's spokesman").
        /// </summary>
        private string? OwnerCountry(int from, int to)
        {
            if (KnownBodyIn(from, to) is { Country: { } known }) return known;
            for (int k = from; k < to; k++)
                if (IsBodyWord(k) && !w.IsCapitalised(k) && w.Is(k + 1, "'s") && Mentioned(k, k) is { Country: { } country }) return country;
            return null;
        }

        /// <summary>The body named before that a lowercase body word right before a role word points to ("office spokesperson").</summary>
        private Source? BodyBeforeRole(int from, int to)
        {
            for (int k = from; k < to; k++)
                if (IsBodyWord(k) && (k == w.Start || !w.IsCapitalised(k)) && _lex.RoleOf(w.Chars(k + 1)) is not null && !IsBodyWord(k + 1))
                    return Mentioned(k, k) is { } body && bodies.Contains(body) ? body : null;
            return null;
        }

        private bool AllLowercase(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (!w.IsWord(k) || w.IsCapitalised(k)) return false;
            return true;
        }

        private bool AllCapitalised(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (!IsNameWord(k) && !w.IsPunct(k, '-')) return false;
            return to >= from;
        }

        /// <summary>
        /// A word of a proper name: capitalised, or a lowercase particle inside one ("Anis al-Asbahi",
        /// "Mohammed bin Salman", "Ursula von der Leyen").
        /// </summary>
        private bool IsNameWord(int k)
        {
            if (!w.IsWord(k)) return false;
            if (w.IsCapitalised(k)) return true;
            var word = w.Chars(k);
            int hyphen = word.IndexOf('-');
            if (hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])) return true;
            return w.IsAny(k, NameParticles) && w.IsCapitalised(k - 1) && (w.IsCapitalised(k + 1) || w.IsAny(k + 1, NameParticles));
        }

        private int SkipDeterminers(int k, int to)
        {
            while (k < to && w.IsAny(k, "the", "a", "an")) k++;
            return k;
        }

        // Each asks about a token in the sentence; a neighbour past either end is none of these.
        private bool IsActor(int k) => w.InRange(k) && Touches(ActorsAround(w.SpanOf(k)), a => a.Span, k);

        // A month or weekday is never a name, even where the date stage read no date ("by the end of April").
        private bool IsDate(int k) => w.InRange(k) && (Touches(DatesAround(w.SpanOf(k)), d => d.Span, k)
            || TimeWords.TryGet(w.Chars(k), out var word) && word.Kind is TimeWordKind.Month or TimeWordKind.Weekday);

        private bool IsPlace(int k) => w.InRange(k) && Touches(PlacesAround(w.SpanOf(k)), p => p.Span, k);

        /// <summary>The annotations that can overlap or lie inside <paramref name="span"/>: the sentence's, or the document's for a span beyond it.</summary>
        private IReadOnlyList<ActorMention> ActorsAround(TextSpan span) =>
            _sentence.Contains(span) ? _actors ??= layers.Actors.Touching(_sentence) : doc.Actors;

        private IReadOnlyList<TimeMention> DatesAround(TextSpan span) =>
            _sentence.Contains(span) ? _dates ??= layers.Dates.Touching(_sentence) : doc.Dates;

        private IReadOnlyList<PlaceMention> PlacesAround(TextSpan span) =>
            _sentence.Contains(span) ? _places ??= layers.Places.Touching(_sentence) : doc.Places;


        /// <summary>Whether an annotation of the layer overlaps token k.</summary>
        private bool Touches<T>(IReadOnlyList<T> layer, Func<T, TextSpan> span, int k)
        {
            var token = w.SpanOf(k);
            for (int i = 0; i < layer.Count; i++)
                if (span(layer[i]).Overlaps(token)) return true;
            return false;
        }

        /// <summary>Whether the span is exactly a region, town or area (not a country).</summary>
        private bool IsRegionOrTown(TextSpan span)
        {
            var places = PlacesAround(span);
            for (int i = 0; i < places.Count; i++)
                if (places[i].Span == span && places[i].Kind != Places.PlaceKind.Country) return true;
            return false;
        }

        private bool HasActor(TextSpan span)
        {
            var actors = ActorsAround(span);
            for (int i = 0; i < actors.Count; i++)
                if (span.Contains(actors[i].Span)) return true;
            return false;
        }

        /// <summary>
        /// The story's home country (or <paramref name="nearer"/>, a country the context makes likelier) for a source
        /// that names none, unless its words place it in a wider region ("two European security sources", "Western
        /// officials"), under an international body ("UN human rights chief") or among independent experts ("an
        /// independent defence analyst").
        /// </summary>
        private string? HomeOf(int from, int to, string? nearer = null)
        {
            for (int k = from; k <= to; k++)
                if (IsRegionWord(k) && !IsPlace(k) && !w.IsCapitalised(k + 1) || IsIndependentExpert(k)) return null;
            return KnownBodyIn(from, to) is { International: true } ? null : OpeningCountry() ?? nearer ?? story.Home;
        }

        /// <summary>
        /// The country of the place a sentence opens with ("In neighbouring Nepal, the disaster authority said …",
        /// "Across the border in Chad, officials said …"): the sources it goes on to name are that country's.
        /// </summary>
        private string? OpeningCountry()
        {
            if (!w.IsAny(w.Start, OpeningPrepositions)) return null;
            for (int k = w.Start + 1; k < w.End && k <= w.Start + OpeningReach; k++)
                if (w.IsPunct(k, ',')) return FirstPlaceCountry(w.Cover(w.Start, k));
            return null;
        }

        /// <summary>An expert's role word not owned by a firm named right before it ("JPMorgan analysts" are the bank's).</summary>
        private bool IsIndependentExpert(int k) =>
            w.IsWord(k) && RoleAt(k) == RoleUse.Expert && !(w.IsCapitalised(k - 1) && k - 1 > w.Start && !IsRegionWord(k - 1) && !IsPlace(k - 1));

        /// <summary>
        /// The country of the first actor or place in the sentence before this one, in the same paragraph, if any:
        /// most often its subject ("The Houthis say their toll on U.S. drones is far higher", "The western city of
        /// Lutsk, near the Polish border, bore the brunt").
        /// </summary>
        private string? CountryOfSentenceBefore()
        {
            int index = doc.SentenceAt(_sentence.Start);
            if (index < 1 || doc.Sentences[index - 1].Paragraph != doc.Sentences[index].Paragraph) return null;
            var before = doc.Sentences[index - 1].Span;
            var actors = doc.Actors;
            int first = LayerSearch.FirstStartingAt(actors, a => a.Span, before.Start);
            var actor = first < actors.Count && actors[first].Span.End <= before.End ? actors[first] : null;
            var places = doc.Places;
            for (int i = LayerSearch.FirstStartingAt(places, p => p.Span, before.Start); i < places.Count && places[i].Span.End <= before.End; i++)
                if (places[i].Country is { } country && story.Trusts(country))
                    return actor is null || places[i].Span.Start < actor.Span.Start ? country : actor.Country;
            return actor?.Country;
        }

        /// <summary>The country of the last town or region named before <paramref name="offset"/> that the story makes likely.</summary>
        private string? LastLocalityBefore(int offset)
        {
            var all = doc.Places;
            string? last = null;
            for (int i = 0; i < all.Count && all[i].Span.End <= offset; i++)
                if (all[i].Kind != Places.PlaceKind.Country && all[i].Country is { } country && story.Trusts(country)) last = country;
            return last;
        }

        private string? LastCountryBefore(int offset)
        {
            var all = doc.Actors;
            string? last = null;
            for (int i = 0; i < all.Count && all[i].Span.End <= offset; i++) last = all[i].Country;
            return last;
        }

        private bool IsDocument(int k) => _lex.IsDocument(w.Chars(k));

        /// <summary>A word that ends a noun phrase; "WHO" in capitals is the health agency, not "who".</summary>
        private bool IsBoundary(int k) => w.IsAny(k, Boundaries) && !(w.Chars(k) is "WHO");

        /// <summary>A participle opening an aside: "working with the BBC", "compiled with the UN mission".</summary>
        private bool IsParticipleAside(int k) =>
            w.IsWord(k) && !w.IsCapitalised(k) && (w.Chars(k).EndsWith("ing", StringComparison.Ordinal) || w.Chars(k).EndsWith("ed", StringComparison.Ordinal))
            && !w.Is(k, "acting") && !HasRoleWord(k, k);

        private bool HasLocalRole(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (_lex.IsLocalRole(w.Chars(k))) return true;
            return false;
        }

        /// <summary>The country of the first place in <paramref name="span"/> that the story makes likely, if any.</summary>
        private string? FirstPlaceCountry(TextSpan span)
        {
            var places = PlacesAround(span);
            for (int i = 0; i < places.Count; i++)
                if (span.Contains(places[i].Span) && places[i].Country is { } country && story.Trusts(country)) return country;
            return null;
        }

        /// <summary>
        /// The country a source's words name: a country or demonym, the country named last for "that country",
        /// else a place ("governor of Kharkiv region").
        /// </summary>
        private string? CountryIn(TextSpan span)
        {
            var actors = ActorsAround(span);
            for (int i = 0; i < actors.Count; i++)
                if (span.Contains(actors[i].Span)) return actors[i].Country;
            for (int k = w.IndexAt(span.Start); k < w.End && w.SpanOf(k).End <= span.End; k++)
            {
                if (w.Is(k, "that") && w.Is(k + 1, "country")) return LastCountryBefore(span.Start);
                // "killed in Kyiv, according to the city's military administration": the town or region named last.
                if (w.Is(k - 1, "the") && w.IsAny(k, LocalityWords) && w.Is(k + 1, "'s") && LastLocalityBefore(span.Start) is { } local) return local;
            }
            // A place in a country the story never names is likelier a homonym ("Unity", "North") than a clue.
            return FirstPlaceCountry(span);
        }

        /// <summary>
        /// "the governor", "the ministry", "its spokesman": a bare role or body word points back to the latest
        /// source named with that word.
        /// </summary>
        private Source? Mentioned(int from, int to)
        {
            bool roleWords = true;
            for (int k = from; k <= to; k++)
            {
                if (!w.IsWord(k) || w.IsCapitalised(k) && k > w.Start) return null;
                roleWords &= RoleAt(k) is not null;
            }
            if (!roleWords)
            {
                // "the air force" after "Ukraine's air force said": a body named before, by the words of its name.
                if (from == to || !IsBodyWord(to)) return null;
                var phrase = doc.Slice(w.Cover(from, to));
                for (int k = bodies.Count - 1; k >= 0; k--)
                    if (Names(bodies[k], phrase)) return bodies[k];
                return null;
            }
            var last = doc.Slice(w.SpanOf(to));
            // "the military" is a body, though a spokesman's role has the word too.
            if (IsBodyWord(to))
            {
                for (int k = bodies.Count - 1; k >= 0; k--)
                    if (Names(bodies[k], last)) return bodies[k];
            }
            for (int k = people.Count - 1; k >= 0; k--)
                if (Names(people[k], last) || TitledBefore(people[k], last)) return people[k];
            for (int k = bodies.Count - 1; k >= 0; k--)
                if (Names(bodies[k], last)) return bodies[k];
            // "The SDF claimed … The group also alleged …": a bare generic word for an organisation is the body
            // that spoke last.
            if (from == to && w.IsAny(to, GenericBodyWords) && lastBody is { IsOutlet: false } && !people.Contains(lastBody)) return lastBody;
            return null;

            static bool Names(Source s, ReadOnlySpan<char> word) =>
                WordComparison.ContainsIgnoringCase(s.Name, word) || s.Role is not null && WordComparison.ContainsIgnoringCase(s.Role, word);
        }

        /// <summary>
        /// "The president said", "the general added": a person's title is no part of the role kept for them, so it is
        /// looked for just before where their name last appeared ("President Volodymyr Zelensky").
        /// </summary>
        private bool TitledBefore(Source person, ReadOnlySpan<char> title)
        {
            var text = doc.Normalized;
            int at = text.LastIndexOf(person.Name, _sentence.Start, StringComparison.Ordinal);
            if (at < 0) return false;
            int from = Math.Max(0, at - 40);
            return IndexOfWord(text.AsSpan(from, at - from), title, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>The latest body whose name holds every word of a capitalised phrase or acronym, in order.</summary>
        private Source? ShortFormOf(int from, int to)
        {
            // A body's words, or an acronym it was introduced with ("… Office in Haiti (BINUH)").
            bool acronym = from == to && w.Chars(from) is { Length: >= 2 } a && !a.ContainsAnyExceptInRange('A', 'Z');
            if (!acronym && !IsBodyPhrase(from, to)) return null;
            for (int k = from; k <= to; k++)
                if (!w.IsWord(k) || !w.IsCapitalised(k)) return null;
            int length = w.Cover(from, to).Length;
            for (int b = bodies.Count - 1; b >= 0; b--)
            {
                var name = bodies[b].Name.AsSpan();
                if (name.Length <= length) continue;
                int at = 0;
                bool all = true;
                for (int k = from; k <= to && all; k++)
                {
                    int found = IndexOfWord(name[at..], w.Chars(k));
                    if (found < 0) all = false;
                    else at += found + w.Chars(k).Length;
                }
                if (all) return bodies[b];
            }
            return null;
        }

        // A space or bracket parts words; a hyphen joins them.
        private static bool Apart(char c) => c is ' ' or '(' or ')';

        /// <summary>Where a name has a whole word ("Yu" in "Yu Yong-weon", not "Yong"), or -1.</summary>
        private static int IndexOfWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word, StringComparison comparison = StringComparison.Ordinal)
        {
            for (int at = 0; at <= name.Length - word.Length;)
            {
                int i = comparison == StringComparison.OrdinalIgnoreCase ? WordComparison.IndexOfIgnoringCase(name[at..], word) : name[at..].IndexOf(word, comparison);
                if (i < 0) return -1;
                i += at;
                if ((i == 0 || Apart(name[i - 1])) && (i + word.Length == name.Length || Apart(name[i + word.Length]))) return i;
                at = i + 1;
            }
            return -1;
        }

        private bool IsRegionWord(int k) => _lex.IsRegionWord(w.Chars(k));

        private bool IsTitle(int k) => w.IsWord(k) && RoleAt(k) == RoleUse.Title;

        private bool IsBodyWord(int k) => w.IsWord(k) && RoleAt(k) == RoleUse.Body;

        private bool IsBodyPhrase(int from, int to)
        {
            for (int k = from; k <= to; k++)
                if (IsBodyWord(k) || KnownBodyAt(k) is not null) return true;
            return false;
        }

        /// <summary>
        /// The most specific known body in a phrase: the last ("the UN refugee agency UNHCR" is UNHCR), but not
        /// an owner after "of" ("the General Staff of Ukraine's Armed Forces" is the General Staff).
        /// </summary>
        private KnownBody? KnownBodyIn(int from, int to)
        {
            int of = from;
            while (of <= to && !w.Is(of, "of")) of++;
            for (int k = of - 1; k >= from; k--)
                if (KnownBodyAt(k) is { } head) return head;
            for (int k = to; k > of; k--)
                if (KnownBodyAt(k) is { } b) return b;
            return null;
        }

        /// <summary>Whether token k is a word of a known body's name that starts at or after token from.</summary>
        private bool InKnownBody(int k, int from)
        {
            for (int start = k; start >= from && start > k - 6; start--)
                if (BodyAt(start) is { } body && start + body.Words.Length > k && KnownBodyAt(start) is not null) return true;
            return false;
        }

        private KnownBody? KnownBodyAt(int k)
        {
            if (!w.InRange(k)) return null;
            ref var read = ref LexiconAt(k);
            if (!read.KnownBodyRead) (read.KnownBody, read.KnownBodyRead) = (FindKnownBodyAt(k), true);
            return read.KnownBody;
        }

        private KnownBody? FindKnownBodyAt(int k)
        {
            // Known bodies are names: capitalised, and a one-word name ("WHO", "AP") must match its case exactly,
            // also as the first part of a compound ("Houthi-run health ministry").
            var body = BodyAt(k);
            if (body is not null && (body.Words.Length > 1 || w.Chars(k).SequenceEqual(body.Words[0]) || body.Words[0].Length > 4)) return body.Meaning;
            if (!w.IsCapitalised(k)) return null;
            var token = w.Chars(k);
            int hyphen = token.IndexOf('-');
            if (hyphen <= 0) return null;
            foreach (var candidate in _lex.Bodies.StartingWith(token[..hyphen]))
                if (candidate.Words.Length == 1 && token[..hyphen].SequenceEqual(candidate.Words[0])) return candidate.Meaning;
            return null;
        }
    }
}
