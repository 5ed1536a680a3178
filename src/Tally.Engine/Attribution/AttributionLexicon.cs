using System.Collections.Frozen;
using Tally.Claims;
using Tally.Lexicons;

namespace Tally.Attribution;

/// <summary>How a word in a source's noun phrase is used.</summary>
internal enum RoleUse : byte
{
    /// <summary>"Rep.", "Lieutenant General": dropped from a person's name.</summary>
    Title,
    /// <summary>"lawmaker", "spokesman": a person's role.</summary>
    Role,
    /// <summary>"ministry", "agency": marks an organisation.</summary>
    Body,
    /// <summary>"analyst", "researcher": a person's role that speaks for no side, so gives no country by default.</summary>
    Expert,
}

/// <summary>
/// A known organisation from bodies.tsv: its own country, or none when it is international; a national body
/// named generically ("MoD") takes the country named with it.
/// </summary>
internal sealed record KnownBody(string Role, string? Country, bool International);

/// <summary>
/// The attribution lexicons (reporting-verbs.tsv, source-roles.tsv, bodies.tsv, relay-cues.tsv, …), loaded once.
/// </summary>
internal sealed class AttributionLexicon
{
    public static AttributionLexicon Shared { get; } = new();

    private AttributionLexicon()
    {
        Verbs = new(LexiconFile.Rows("reporting-verbs.tsv").Select(r => new Phrase<Modality>(LexiconFile.Words(r[0]),
            ClaimNames.TryParseModality(r[1], out var m) ? m : Modality.Asserted)));
        var roles = LexiconFile.Rows("source-roles.tsv")
            .DistinctBy(r => r[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(r => r[0], r => Enum.Parse<RoleUse>(r[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        _roles = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _roleShapes = new WordOpenings(roles.Keys);
        Bodies = new(LexiconFile.Rows("bodies.tsv").Select(r => new Phrase<KnownBody>(LexiconFile.Words(r[0]), new KnownBody(r[1], r[2] is "-" or "*" ? null : r[2], r[2] == "-"))));
        var documents = LexiconFile.Set("source-documents.txt");
        _documents = documents.GetAlternateLookup<ReadOnlySpan<char>>();
        _documentShapes = new WordOpenings(documents);
        var regionWords = LexiconFile.Set("region-words.txt");
        _regionWords = regionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _regionWordShapes = new WordOpenings(regionWords);
        _localRoles = LexiconFile.Set("local-roles.txt").GetAlternateLookup<ReadOnlySpan<char>>();
        Relays = new(LexiconFile.Rows("relay-cues.tsv").Select(r => new Phrase<string?>(LexiconFile.Words(r[0]), r[1] == "-" ? null : r[1])));
    }

    public PhraseTable<Modality> Verbs { get; }
    public PhraseTable<KnownBody> Bodies { get; }
    public PhraseTable<string?> Relays { get; }

    // The word sets as span lookups made once, each behind its words' openings (WordOpenings): the noun-phrase
    // tests ask about most words of every source's phrase, and few of them are in any of these sets.
    private readonly FrozenDictionary<string, RoleUse>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly WordOpenings _roleShapes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _documents;
    private readonly WordOpenings _documentShapes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _regionWords;
    private readonly WordOpenings _regionWordShapes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _localRoles;

    /// <summary>How a word is used in a source's phrase (source-roles.tsv), or null when it is no role word.</summary>
    public RoleUse? RoleOf(ReadOnlySpan<char> word) => _roleShapes.MayMatch(word) && _roles.TryGetValue(word, out var use) ? use : null;

    /// <summary>Whether a word names a document that speaks for its issuer ("report", "statement").</summary>
    public bool IsDocument(ReadOnlySpan<char> word) => _documentShapes.MayMatch(word) && _documents.Contains(word);

    /// <summary>Region and bloc words that are never a name (Western, European).</summary>
    public bool IsRegionWord(ReadOnlySpan<char> word) => _regionWordShapes.MayMatch(word) && _regionWords.Contains(word);

    /// <summary>Whether a role word is of a local office (governor, mayor, district), whose holder speaks for the place named.</summary>
    public bool IsLocalRole(ReadOnlySpan<char> word) => _localRoles.Contains(word);
}
