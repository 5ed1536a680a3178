namespace Tally.Claims;

/// <summary>What kind of figure a claim is (CLAIMS.md, "Measures").</summary>
public enum Measure : byte
{
    Other,
    Deployed,
    Present,
    Killed,
    Wounded,
    Casualties,
    Captured,
    Missing,
    ReturnedToDuty,
    Released,
    Displaced,
    Supplied,
    Launched,
    Destroyed,
    Cost,
}

/// <summary>How the text qualifies a number (CLAIMS.md, <c>value.hedge</c>).</summary>
public enum Hedge : byte
{
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
}

/// <summary>Whether a figure adds to an earlier one or states a running total.</summary>
public enum Aggregate : byte
{
    Unspecified,
    Increment,
    Total,
}

/// <summary>How the source commits to the figure.</summary>
public enum Modality : byte
{
    Asserted,
    Estimated,
    Claimed,
    Denied,
}

/// <summary>The snake_case names CLAIMS.md uses for these enums, both ways.</summary>
public static class ClaimNames
{
    private static readonly string[] MeasureNames =
    [
        "other", "deployed", "present", "killed", "wounded", "casualties", "captured", "missing",
        "returned_to_duty", "released", "displaced", "supplied", "launched", "destroyed", "cost",
    ];

    private static readonly string[] HedgeNames = ["exact", "approx", "at_least", "at_most", "range"];
    private static readonly string[] AggregateNames = ["unspecified", "increment", "total"];
    private static readonly string[] ModalityNames = ["asserted", "estimated", "claimed", "denied"];

    public static string Name(this Measure m) => MeasureNames[(int)m];
    public static string Name(this Hedge h) => HedgeNames[(int)h];
    public static string Name(this Aggregate a) => AggregateNames[(int)a];
    public static string Name(this Modality m) => ModalityNames[(int)m];

    public static bool TryParseMeasure(string? s, out Measure m) => TryParse(MeasureNames, s, out m);
    public static bool TryParseHedge(string? s, out Hedge h) => TryParse(HedgeNames, s, out h);
    public static bool TryParseAggregate(string? s, out Aggregate a) => TryParse(AggregateNames, s, out a);
    public static bool TryParseModality(string? s, out Modality m) => TryParse(ModalityNames, s, out m);

    public static IReadOnlyList<string> AllMeasures => MeasureNames;

    private static bool TryParse<T>(string[] names, string? s, out T value) where T : struct, Enum
    {
        int i = s is null ? -1 : Array.IndexOf(names, s);
        value = i < 0 ? default : (T)Enum.ToObject(typeof(T), i);
        return i >= 0;
    }
}
