namespace Tally.Documents;

/// <summary>The annotation layers a stage may require or assign (spaCy's requires/assigns).</summary>
[Flags]
public enum Layer
{
    None = 0,
    Paragraphs = 1 << 0,
    Sentences = 1 << 1,
    Tokens = 1 << 2,
    Numbers = 1 << 3,
    Dates = 1 << 4,
    Places = 1 << 5,
    Actors = 1 << 6,
    Sources = 1 << 7,
    Claims = 1 << 8,
}
