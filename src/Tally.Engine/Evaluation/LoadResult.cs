using System.Diagnostics.CodeAnalysis;

namespace Tally.Evaluation;

/// <summary>
/// Either a value or a one-line reason it could not be had (a coded <see cref="TallyErrors"/>
/// message naming the file and line); loading gold, predictions or articles never throws on bad input.
/// </summary>
public readonly record struct LoadResult<T>(T? Value, string? Error)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public static LoadResult<T> Ok(T value) => new(value, null);
    public static LoadResult<T> Fail(string error) => new(default, error);
}
