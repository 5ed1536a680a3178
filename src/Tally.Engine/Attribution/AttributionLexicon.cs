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
        Roles = LexiconFile.Rows("source-roles.tsv")
            .DistinctBy(r => r[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(r => r[0], r => Enum.Parse<RoleUse>(r[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        Bodies = new(LexiconFile.Rows("bodies.tsv").Select(r => new Phrase<KnownBody>(LexiconFile.Words(r[0]), new KnownBody(r[1], r[2] is "-" or "*" ? null : r[2], r[2] == "-"))));
        Documents = LexiconFile.Set("source-documents.txt");
        RegionWords = LexiconFile.Set("region-words.txt");
        LocalRoles = LexiconFile.Set("local-roles.txt");
        Relays = new(LexiconFile.Rows("relay-cues.tsv").Select(r => new Phrase<string?>(LexiconFile.Words(r[0]), r[1] == "-" ? null : r[1])));
    }

    public PhraseTable<Modality> Verbs { get; }
    public FrozenDictionary<string, RoleUse> Roles { get; }
    public PhraseTable<KnownBody> Bodies { get; }
    public PhraseTable<string?> Relays { get; }
    public FrozenSet<string> Documents { get; }
    /// <summary>Region and bloc words that are never a name (Western, European).</summary>
    public FrozenSet<string> RegionWords { get; }
    /// <summary>Role words of a local office (governor, mayor, district), whose holder speaks for the place named.</summary>
    public FrozenSet<string> LocalRoles { get; }
}
