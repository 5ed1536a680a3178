using System.Collections.Concurrent;
using System.Collections.Immutable;
using Tally.Claims;
using Tally.Ledger.Analysis;
using Tally.Ledger.Storage;

namespace Tally.Web.Analysis;

/// <summary>A conflict group with each member's stored claim (document, sentence), and the newest day among them.</summary>
public sealed record ConflictView(ConflictGroup Group, ImmutableArray<StoredClaim> Claims, DateOnly? Newest)
{
    /// <summary>
    /// At most <paramref name="max"/> members, spread evenly from the lowest figure to the highest, so a
    /// group of hundreds still shows its extremes side by side.
    /// </summary>
    public IReadOnlyList<StoredClaim> Sample(int max)
    {
        if (Claims.Length <= max) return Claims;
        return [.. Enumerable.Range(0, max).Select(i => Claims[(int)((long)i * (Claims.Length - 1) / (max - 1))]).Distinct()];
    }
}

/// <summary>The conflicts among the newest <see cref="Considered"/> claims matching a query.</summary>
public sealed record ConflictAnalysis(IReadOnlyList<ConflictView> Groups, int Considered, int Window);

/// <summary>
/// Finds conflicts for a query once and keeps the answer until the ledger changes (its
/// <see cref="LedgerStamp"/>), since comparing every pair of claims costs far more than a page of
/// results. Only the newest <see cref="Window"/> claims of a query are compared: in a ledger of a
/// million claims, a query must be narrowed (measure, actor, dates) to reach further back.
/// Thread-safe: concurrent requests for the same query wait for one computation.
/// </summary>
public sealed class ConflictCache(LedgerAccess access)
{
    public const int Window = 2_000;
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<(ClaimQuery Filters, LedgerStamp Stamp), Lazy<ConflictAnalysis>> _entries = new();

    public ConflictAnalysis Get(LedgerDatabase ledger, ClaimQuery filters)
    {
        var key = (filters with { Limit = 0, Offset = 0, Order = ClaimOrder.Newest }, ledger.QueryStamp());
        if (!_entries.TryGetValue(key, out var entry))
        {
            // A new stamp makes every older answer stale; a full cache starts over rather than tracking use.
            foreach (var old in _entries.Keys)
                if (old.Stamp != key.Item2 || _entries.Count >= MaxEntries) _entries.TryRemove(old, out _);
            // The computation opens its own ledger: whichever request reaches Value first runs it.
            entry = _entries.GetOrAdd(key, k => new Lazy<ConflictAnalysis>(() => Analyse(k.Filters)));
        }
        try
        {
            return entry.Value;
        }
        catch
        {
            // Lazy would keep the failure; the next request should try again.
            _entries.TryRemove(key, out _);
            throw;
        }
    }

    private ConflictAnalysis Analyse(ClaimQuery filters)
    {
        using var ledger = access.Open();
        var stored = ledger.Claims.QueryClaims(filters with { Limit = Window }).ToList();
        // The analysis works on bare claims; this finds each one's document and sentence again.
        var context = new Dictionary<Claim, StoredClaim>(ReferenceEqualityComparer.Instance);
        foreach (var s in stored) context[s.Claim] = s;
        var groups = Conflicts.FindConflicts(stored.Select(s => s.Claim)).Select(g =>
        {
            ImmutableArray<StoredClaim> members = [.. g.Claims.Select(c => context[c])];
            return new ConflictView(g, members, members.Max(m => m.DayTo));
        }).ToList();
        return new ConflictAnalysis(groups, stored.Count, Window);
    }
}
