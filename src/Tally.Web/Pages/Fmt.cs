using System.Globalization;
using Tally.Claims;
using Tally.Ledger.Analysis;
using Tally.Ledger.Export;
using Tally.Ledger.Storage;
using Tally.Web.Analysis;

namespace Tally.Web.Pages;

/// <summary>How the pages write claims, figures and links; Razor encodes whatever these return.</summary>
public static class Fmt
{
    public static string Subject(Claim c) =>
        (c.Subject.Actor is null ? c.Subject.Text : $"{c.Subject.Actor} {c.Subject.Text}") + (c.Subject.Qualifier is null ? "" : $" ({c.Subject.Qualifier})");

    public static string Figure(Claim c) => c.Figure.Hedge == Hedge.Exact ? c.Figure.Text : $"{c.Figure.Text} ({c.Figure.Hedge.Name()})";

    public static string Chain(Claim c) => c.AccordingTo.IsDefaultOrEmpty ? "(unattributed)" : ClaimExport.SourceChain(c);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    public static string Number(decimal d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The values a hedge allows: "3,420–4,200", "≥ 87".</summary>
    public static string Allows(Claim c)
    {
        var b = Bounds.Of(c.Figure);
        return b.High is { } h ? (b.Low == h ? Number(b.Low) : $"{Number(b.Low)}–{Number(h)}") : $"≥ {Number(b.Low)}";
    }

    /// <summary>The id of the highlighted sentence a claim's first evidence span starts, as the document page writes it.</summary>
    public static string Anchor(int start) => "s-" + start.ToString(CultureInfo.InvariantCulture);

    /// <summary>The document page, scrolled to the claim's first evidence sentence.</summary>
    public static string EvidenceLink(StoredClaim s) =>
        $"/documents/{s.DocumentId}" + (s.Claim.Evidence.IsDefaultOrEmpty ? "" : "#" + Anchor(s.Claim.Evidence[0].Start));

    /// <summary>A path with its query, each value escaped; null and empty values are left out.</summary>
    public static string Url(string path, params (string Key, string? Value)[] query) =>
        path + QueryString.Create(query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => KeyValuePair.Create(q.Key, q.Value)));

    /// <summary>The filters as query pairs, to carry them over into sort and paging links.</summary>
    public static (string, string?)[] Pairs(Api.ClaimFilters f) =>
    [
        ("measure", f.Measure), ("actor", f.Actor), ("kind", f.Kind), ("source", f.Source), ("place", f.Place),
        ("since", f.Since), ("until", f.Until), ("search", f.Search), ("with_copies", f.WithCopies),
    ];

    public static string GroupTitle(ConflictView v)
    {
        var g = v.Group;
        return $"{g.Measure.Name()} of {g.Actor ?? "unknown"} {g.Kind}" + (g.Qualifier is null ? "" : $" ({g.Qualifier})") + $", {g.Aggregate.Name()}";
    }
}
