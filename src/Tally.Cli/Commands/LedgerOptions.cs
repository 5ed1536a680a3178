using System.CommandLine;
using Spectre.Console;
using Tally.Claims;
using Tally.Ledger;
using Tally.Ledger.Storage;
using Tally.Time;

namespace Tally.Cli.Commands;

/// <summary>
/// What the ledger commands share: the <c>--db</c> option (on the root, so every command takes it),
/// the claim filters, opening the ledger, and a console for tables.
/// </summary>
public static class LedgerOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The ledger: a SQLite file, or a PostgreSQL connection string (Host=...;Database=... or postgres://...). " +
            $"Default: ${LedgerDatabase.EnvironmentVariable}, else {LedgerDatabase.DefaultPath}",
        Recursive = true,
    };

    /// <summary>The filters <c>claims</c>, <c>export</c>, <c>conflicts</c> and <c>sources</c> take, added to a command in one call.</summary>
    public sealed class Filters
    {
        public Option<string?> Measure { get; } = new("--measure") { Description = "Only this measure: " + string.Join(", ", ClaimNames.AllMeasures) + "." };
        public Option<string?> Actor { get; } = new("--actor") { Description = "Only figures about this actor (ISO country code, e.g. KP, or KP+RU)." };
        public Option<string?> Kind { get; } = new("--kind") { Description = "Only this kind: personnel, civilians, people, equipment (or equipment:tank), money, sites." };
        public Option<string?> Source { get; } = new("--source") { Description = "Only figures whose source chain names this source (part of a name, or a two-letter country code)." };
        public Option<string?> Place { get; } = new("--place") { Description = "Only figures about this place (part of its name, or a two-letter country code)." };
        public Option<string?> Since { get; } = new("--since") { Description = "Only figures holding on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)." };
        public Option<string?> Until { get; } = new("--until") { Description = "Only figures holding on or before this date." };
        public Option<string?> Search { get; } = new("--search") { Description = "Only figures from documents containing all these words (full-text search)." };
        public Option<bool> WithCopies { get; } = new("--with-copies") { Description = "Include claims from syndicated copies, which otherwise do not count as independent sources." };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Measure, Actor, Kind, Source, Place, Since, Until, Search, WithCopies }) command.Options.Add(option);
        }

        /// <summary>The query the user's filters describe; a bad measure or date is a <see cref="CliException"/>.</summary>
        public ClaimQuery ToQuery(ParseResult parse, int limit = 0) => new()
        {
            Measure = ParseMeasure(parse.GetValue(Measure)),
            Actor = parse.GetValue(Actor),
            Kind = parse.GetValue(Kind),
            Source = parse.GetValue(Source),
            Place = parse.GetValue(Place),
            Since = ParseDate(parse.GetValue(Since)),
            Until = ParseDate(parse.GetValue(Until)),
            Search = parse.GetValue(Search),
            IncludeCopies = parse.GetValue(WithCopies),
            Limit = limit,
        };
    }

    public static Measure? ParseMeasure(string? text)
    {
        if (text is null) return null;
        return ClaimNames.TryParseMeasure(text.Trim().ToLowerInvariant(), out var m) ? m
            : throw new CliException($"'{text}' is not a measure; use one of {string.Join(", ", ClaimNames.AllMeasures)}.");
    }

    public static PartialDate? ParseDate(string? text)
    {
        if (text is null) return null;
        return PartialDate.TryParse(text, out var date) ? date : throw new CliException(TallyErrors.BadDate(text));
    }

    /// <summary>Opens the ledger <c>--db</c>, <c>TALLY_DB</c> or the default names; a failure is a one-line <see cref="CliException"/>.</summary>
    public static LedgerDatabase Open(ParseResult parse)
    {
        try
        {
            return LedgerDatabase.Open(LedgerDatabase.ResolveTarget(parse.GetValue(Db)));
        }
        catch (LedgerException e)
        {
            throw new CliException(e.Message, TallyCli.Failure);
        }
    }

    /// <summary>A Spectre console writing to the command's output, so tests can capture tables.</summary>
    public static IAnsiConsole Console(ParseResult parse) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) });

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
