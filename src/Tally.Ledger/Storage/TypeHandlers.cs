using System.Collections.Immutable;
using System.Data;
using System.Text.Json;
using Dapper;
using Tally.Attribution;
using Tally.Documents;
using Tally.Time;

namespace Tally.Ledger.Storage;

/// <summary>
/// Dapper type handlers that keep the domain's value types out of the stores' SQL: a
/// <see cref="PartialDate"/> is ISO text at its own precision, a source chain and evidence spans are
/// JSON. Registered once per process by <see cref="Register"/>; Dapper's registry is global.
/// </summary>
public static class TypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new PartialDateHandler());
        SqlMapper.AddTypeHandler(new SourceChainHandler());
        SqlMapper.AddTypeHandler(new EvidenceHandler());
    }

    private sealed class PartialDateHandler : SqlMapper.TypeHandler<PartialDate>
    {
        public override void SetValue(IDbDataParameter parameter, PartialDate value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString();
        }

        public override PartialDate Parse(object value) =>
            PartialDate.TryParse(value as string, out var date) ? date.Value
                : throw new DataException($"'{value}' in the ledger is not a partial date.");
    }

    /// <summary>The JSON shape of one link, with CLAIMS.md's field names.</summary>
    private sealed record SourceJson(string Name, string? Role, string? Country);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static string ToJson(ImmutableArray<Source> chain) =>
        JsonSerializer.Serialize(chain.Select(s => new SourceJson(s.Name, s.Role, s.Country)), Json);

    internal static ImmutableArray<Source> SourcesFromJson(string json) =>
        [.. (JsonSerializer.Deserialize<SourceJson[]>(json, Json) ?? []).Select(s => new Source(s.Name, s.Role, s.Country))];

    internal static string ToJson(ImmutableArray<TextSpan> spans) =>
        JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }), Json);

    internal static ImmutableArray<TextSpan> SpansFromJson(string json) =>
        [.. (JsonSerializer.Deserialize<int[][]>(json, Json) ?? []).Select(p => new TextSpan(p[0], p[1]))];

    private sealed class SourceChainHandler : SqlMapper.TypeHandler<ImmutableArray<Source>>
    {
        public override void SetValue(IDbDataParameter parameter, ImmutableArray<Source> value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ToJson(value);
        }

        public override ImmutableArray<Source> Parse(object value) => SourcesFromJson((string)value);
    }

    private sealed class EvidenceHandler : SqlMapper.TypeHandler<ImmutableArray<TextSpan>>
    {
        public override void SetValue(IDbDataParameter parameter, ImmutableArray<TextSpan> value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ToJson(value);
        }

        public override ImmutableArray<TextSpan> Parse(object value) => SpansFromJson((string)value);
    }
}
