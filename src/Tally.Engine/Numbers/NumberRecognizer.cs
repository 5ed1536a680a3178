using System.Globalization;
using Tally.Claims;
using Tally.Documents;
using Tally.Lexicons;
using Tally.Text;

namespace Tally.Numbers;

/// <summary>
/// Finds counting figures in one sentence: digits with separators and scales ("1.2 million", "$5bn"),
/// spelled-out numbers ("three hundred"), vague amounts ("tens of thousands"), ranges ("10,000 to
/// 12,000", "between 11,000 and 12,000"), fractions and percentages of a stated whole, with the hedge
/// and increment words around them. Skips what is not a count: dates (from the Dates layer), years,
/// times, ages, measurements and durations, codes ("Resolution 2334"), phone numbers and bare
/// percentages. Never throws on odd text.
/// </summary>
internal sealed class NumberRecognizer
{
    /// <summary>A number parsed at a token position, before hedges and ranges; large, so handed on by reference (in).</summary>
    private readonly record struct Parsed(decimal Value, int First, int Last, NumberForm Form, decimal Scale, string? Currency, int ValueFirst);

    private static readonly WordList YearPrepositions =
        new("in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during", "early", "late", "mid", "the", "this", "that", "year", "fiscal", "and", "between", "through");

    private static readonly WordList PronounOneDeterminers = new("that", "this", "which", "the", "each", "every", "any", "no", "another", "little", "only", "last");

    private readonly NumberLexicon _lex = NumberLexicon.Shared;

    public void Scan(TokenWindow w, Func<TextSpan, bool> isDate, List<NumberMention> into)
    {
        int i = w.Start;
        // Most tokens start no figure, and are told so without the call into Match.
        while (i < w.End) i = MayStartAt(w, i) ? Match(w, i, isDate, into) : i + 1;
    }

    /// <summary>
    /// Whether a figure may start at token i: a number, a currency sign ("$5bn"), a word opening with a digit ("5bn")
    /// or with a number word ("twenty-five"), a two-letter word before "$" ("US$5bn"), or a currency code apart before a
    /// number ("Rs 10 lakh"). One set probe rules out most words.
    /// </summary>
    private bool MayStartAt(TokenWindow w, int i)
    {
        var token = w.Chars(i);
        switch (w.Kind(i))
        {
            case TokenKind.Number:
                return true;
            case TokenKind.Punctuation:
                return _lex.IsCurrency(token);
            default:
                if (WordPieces.HyphenIn(token) is > 0 and var hyphen) token = token[..hyphen];
                return char.IsAsciiDigit(token[0]) || token.Length == 2 && w.IsPunct(i + 1, '$') || _lex.IsOpeningWord(token)
                    || (IsCurrencyCodeBefore(w, i) || IsCurrencyLetter(w, i)) && _lex.IsCurrency(w.Chars(i));
        }
    }

    /// <summary>Tries every form at token i, where <see cref="MayStartAt"/> allows one; returns the token index to continue from.</summary>
    private int Match(TokenWindow w, int i, Func<TextSpan, bool> isDate, List<NumberMention> into)
    {
        if (w.Kind(i) == TokenKind.Word && TryVague(w, i, into, out int afterVague)) return afterVague;
        // Read once: a fraction's percentage and a plain figure are the same number at i.
        bool isNumber = TryParse(w, i, out var first);
        if (TryFraction(w, i, isNumber ? first : null, isDate, into, out int wholeStart)) return wholeStart;
        if (!isNumber) return i + 1;

        var low = first;
        var high = first;
        int rangeStart = first.First;
        bool isRange = TryRange(w, first, ref low, ref high, ref rangeStart);
        // "since October 2023 to 2,119": a date is no range's low end; the figure after it stands alone.
        if (isRange && isDate(w.Cover(first.ValueFirst, first.Last))) return first.Last + 1;
        int last = high.Last;
        var core = w.Cover(low.ValueFirst, last);

        if (isDate(core) || !IsCount(w, low, last)) return last + 1;

        var (hedgeStart, qualifier) = HedgeBefore(w, rangeStart);
        // "a population of about 90 million", "a defence budget of 50 billion birr": a size, not a count.
        if (_lex.SizePhrases.EndingAt(w, hedgeStart - 1) is not null) return last + 1;
        var (suffixEnd, suffix) = SuffixAfter(w, last);
        Hedge hedge = isRange ? Hedge.Range : qualifier.Hedge ?? suffix.Hedge ?? Hedge.Exact;
        if (!isRange && qualifier.Hedge is null or Hedge.Exact && suffix.Hedge is { } sh) hedge = sh;

        var value = new CountRange(low.Value, high.Value);
        var form = isRange ? NumberForm.Range : first.Form;
        into.Add(new NumberMention(
            w.Cover(hedgeStart, suffixEnd), core, value, hedge, form,
            qualifier.Increment || suffix.Increment, low.Currency ?? high.Currency, qualifier.Total));
        return suffixEnd + 1;
    }

    private bool TryVague(TokenWindow w, int i, List<NumberMention> into, out int next)
    {
        next = i;
        if (_lex.Vague.At(w, i) is not { } phrase) return false;
        int last = i + phrase.Words.Length - 1;
        // "hundreds of thousands" is matched whole before "hundreds"; a number word after the phrase
        // ("several hundred thousand") belongs to a spelled-out number instead.
        if (w.InRange(last + 1) && _lex.Words.ContainsKey(w.Chars(last + 1))) return false;
        var (hedgeStart, qualifier) = HedgeBefore(w, i);
        into.Add(new NumberMention(w.Cover(hedgeStart, last), w.Cover(i, last), phrase.Meaning, Hedge.Range, NumberForm.Vague, qualifier.Increment));
        next = last + 1;
        return true;
    }

    /// <summary>
    /// "a third of the 11,000", "two-thirds of its 1.2 million", "40% of the 8,000": a figure computed from
    /// a whole stated right there. The whole gets its own mention, so scanning resumes at it.
    /// <paramref name="number"/> is the number parsed at <paramref name="i"/>, if any.
    /// </summary>
    private bool TryFraction(TokenWindow w, int i, in Parsed? number, Func<TextSpan, bool> isDate, List<NumberMention> into, out int wholeStart)
    {
        wholeStart = i;
        decimal fraction;
        int j;
        if (number is { } percent && (w.IsPunct(percent.Last + 1, '%') || w.IsAny(percent.Last + 1, "percent", "pc")))
        {
            fraction = percent.Value / 100m;
            j = percent.Last + 2;
        }
        else if (w.Is(i + 1, "per") && w.Is(i + 2, "cent") && number is { } perCent)
        {
            fraction = perCent.Value / 100m;
            j = i + 3;
        }
        else if (TryFractionWords(w, i, out fraction, out j)) { }
        else return false;

        if (!w.Is(j, "of")) return false;
        int k = j + 1;
        while (w.IsAny(k, "the", "its", "their", "his", "her", "those", "these", "an", "estimated", "some", "about", "around", "roughly", "nearly", "approximately")) k++;
        if (!TryParse(w, k, out var whole) || whole.Form == NumberForm.Words && whole.Value < 10) return false;
        var wholeCore = w.Cover(whole.ValueFirst, whole.Last);
        if (isDate(wholeCore) || !IsCount(w, whole, whole.Last)) return false;

        var (hedgeStart, qualifier) = HedgeBefore(w, i);
        decimal value = Math.Round(fraction * whole.Value, 0, MidpointRounding.AwayFromZero);
        into.Add(new NumberMention(w.Cover(hedgeStart, whole.Last), w.Cover(i, whole.Last), CountRange.Single(value),
            qualifier.Hedge ?? Hedge.Exact, NumberForm.Fraction, qualifier.Increment, whole.Currency));
        // "a quarter of a million" is one number; "a quarter of the 8,000" also states its whole.
        wholeStart = w.IsAny(k, "a", "an") ? whole.Last + 1 : k;
        return true;
    }

    private bool TryFractionWords(TokenWindow w, int i, out decimal fraction, out int next)
    {
        fraction = 0;
        next = i;
        decimal multiplier = 1;
        int j = i;
        var words = _lex.Words;
        var fractions = _lex.Fractions;
        if (!w.IsWord(j)) return false;
        var token = w.Chars(j);
        int hyphen = token.IndexOf('-');
        if (hyphen > 0)
        {
            // "two-thirds"
            if (!words.TryGetValue(token[..hyphen], out var m) || m.Role != NumberWordRole.Unit) return false;
            if (!fractions.TryGetValue(token[(hyphen + 1)..], out var f)) return false;
            fraction = m.Value * f / (token[(hyphen + 1)..].EndsWith("s") ? PluralBase(f) : 1);
            next = j + 1;
            return true;
        }
        if (w.IsAny(j, "a", "an", "one")) j++;
        else if (words.TryGetValue(token, out var m2) && m2.Role == NumberWordRole.Unit && w.IsWord(j + 1) && fractions.ContainsKey(w.Chars(j + 1)))
        {
            multiplier = m2.Value;
            j++;
        }
        if (!w.IsWord(j) || !fractions.TryGetValue(w.Chars(j), out var frac)) return false;
        fraction = w.Chars(j).EndsWith("s") && multiplier > 1 ? multiplier * frac / PluralBase(frac) : multiplier * frac;
        next = j + 1;
        return true;
    }

    /// <summary>"thirds" is listed as two thirds; dividing by its numerator gives one third back.</summary>
    private static decimal PluralBase(decimal listed) => listed switch
    {
        0.666667m => 2,
        0.75m => 3,
        0.4m => 2,
        _ => 1,
    };

    private bool TryRange(TokenWindow w, in Parsed first, ref Parsed low, ref Parsed high, ref int rangeStart)
    {
        int j = first.Last + 1;
        bool joined =
            w.IsPunct(j, '-') && w.Touching(first.Last) && w.Touching(j)
            || w.Is(j, "to")
            || w.Is(j, "and") && w.Is(first.First - 1, "between")
            || w.Is(j, "or") && first.Form == NumberForm.Words;
        if (!joined || !TryParse(w, j + 1, out var second)) return false;
        decimal lowValue = first.Value;
        // "between 1 and 1.5 million": the scale written once applies to both ends.
        if (first.Scale == 1 && second.Scale > 1 && first.Value * 100 < second.Value) lowValue = first.Value * second.Scale;
        if (second.Value <= lowValue) return false;
        low = first with { Value = lowValue };
        high = second;
        if (w.Is(first.First - 1, "between") || w.Is(first.First - 1, "from")) rangeStart = first.First - 1;
        return true;
    }

    /// <summary>Rules out numbers that name a year, time, age, code, phone number or measurement.</summary>
    private bool IsCount(TokenWindow w, in Parsed n, int last)
    {
        int before = n.ValueFirst - 1;
        int after = last + 1;
        var core = w.Chars(n.ValueFirst);

        if (n.Form == NumberForm.Digits && n.Scale == 1 && n.Currency is null)
        {
            if (core.Length == 4 && n.Value is >= 1800 and <= 2100 && !core.Contains(',') && IsYear(w, before, after)) return false;
            // Times ("10:30"), phone numbers ("+380 44 ...") and digit groups ("044 123 4567"); a figure before a
            // colon and a space opens a by-the-numbers line ("45: confirmed deaths").
            if (w.IsPunct(after, ':') && w.Touching(last) && w.Touching(after) && w.IsNumber(after + 1)
                || w.IsPunct(before, ':') && w.Touching(before) && w.Touching(before - 1) && w.IsNumber(before - 1)) return false;
            // "+380 44 …" is a phone number; "10,223 (+8)" a day's addition to a running total.
            if (w.IsPunct(before, '+') && w.Touching(before) && !(w.IsPunct(before - 1, '(') && w.IsPunct(after, ')'))
                || w.IsNumber(after) || w.IsNumber(before)) return false;
            // Nobody counts 7.8 people: an unscaled fraction is a measurement or a rate.
            if (n.Value != decimal.Truncate(n.Value)) return false;
            // An age between commas after a name: "Oksana Petrenko, 45, said".
            if (w.IsPunct(before, ',') && w.IsPunct(after, ',') && w.IsCapitalised(before - 1) && n.Value <= 120) return false;
            if (w.IsPunct(before, '#')) return false;
            // "a spokesman for Rescue 1122, Bilal Faizi", "Guwahati 781005.": a number closing a capitalised name mid-sentence
            // is part of the name or an address, not a count.
            if (w.IsWord(before) && w.IsCapitalised(before) && (w.IsWord(before - 1) && !w.IsCapitalised(before - 1) || w.IsPunct(before - 1, ','))
                && (!w.InRange(after) || w.Kind(after) == TokenKind.Punctuation && !w.IsPunct(after, '%'))) return false;
            // "Shahed-136/131", "24/7", "press release 187/2025": numbers joined by a slash are a code or a ratio.
            if (w.IsPunct(before, '/') && w.Touching(before) || w.IsPunct(after, '/') && w.Touching(last) && w.IsNumber(after + 1)) return false;
        }
        if (IsAge(w, before)) return false;
        if (w.IsWord(before) && (w.IsCapitalised(before) || w.IsAny(before - 1, "in", "at", "from", "inside", "into")) && _lex.CodePrefixes.Contains(w.Chars(before))) return false;
        if (IsUnitName(w, after)) return false;
        if (w.IsPunct(after, '%')) return false;
        var notCounts = _lex.NotCounts;
        if (n.Currency is null && w.InRange(after) && notCounts.Contains(w.Chars(after))) return false;
        // "25-year-old", "a 10-kilometre stretch", "24-hour": a hyphenated unit makes a measurement.
        if (w.IsPunct(after, '-') && w.Touching(last) && w.IsWord(after + 1))
        {
            var unit = w.Chars(after + 1);
            int hyphen = unit.IndexOf('-');
            if (notCounts.Contains(hyphen > 0 ? unit[..hyphen] : unit)) return false;
        }
        if (w.Is(after, "per") && w.Is(after + 1, "cent")) return false;
        return true;
    }

    /// <summary>"the 444 Brigade", "the 72 Mechanised Brigade": up to two capitalised words after the number end in a unit's name.</summary>
    private bool IsUnitName(TokenWindow w, int after)
    {
        for (int i = after; i <= after + 2 && w.IsWord(i) && w.IsCapitalised(i); i++)
            if (_lex.UnitNames.Contains(w.Chars(i))) return true;
        return false;
    }

    /// <summary>
    /// "aged 45", "aged 8, 12 and 17", "between the ages of 15 and 29": every number of the list is an age;
    /// so is the number "the oldest (of those freed) is" or "the youngest was".
    /// </summary>
    private bool IsAge(TokenWindow w, int before)
    {
        // The ages of a list: "aged 8, 12 and 17", "aged four and seven".
        while ((w.IsPunct(before, ',') || w.Is(before, "and")) && (w.IsNumber(before - 1) || w.IsWord(before - 1) && _lex.Words.ContainsKey(w.Chars(before - 1)))) before -= 2;
        if (w.IsAny(before, "is", "was"))
            for (int i = before - 1; i >= before - 6 && w.IsWord(i); i--)
                if (w.IsAny(i, "youngest", "oldest")) return true;
        return w.IsAny(before, "aged", "age", "ages") || w.Is(before, "of") && w.IsAny(before - 1, "age", "ages");
    }

    private static bool IsYear(TokenWindow w, int before, int after)
    {
        if (w.IsAny(before, YearPrepositions)) return true;
        if (!w.InRange(after) || w.Kind(after) == TokenKind.Punctuation) return true;
        // A year is followed by a capital, a verb or a clause; a count by its lower-case noun.
        return w.IsCapitalised(after);
    }

    /// <summary>The hedge or increment words just before token <paramref name="start"/>, longest first.</summary>
    private (int Start, Qualifier Qualifier) HedgeBefore(TokenWindow w, int start)
    {
        if (_lex.Hedges.EndingAt(w, start - 1) is not { } phrase) return (start, default);
        // "handed over 1,000 people": the word ends a verb phrase; it hedges nothing.
        if (ClaimLexicon.Shared.MeasureWords.EndingAt(w, start - 1) is { } verb && verb.Words.Length > phrase.Words.Length) return (start, default);
        int hedgeStart = start - phrase.Words.Length;
        var q = phrase.Meaning;
        // "an additional estimated 500", "another nearly 300": an increment before a hedge.
        if (!q.Increment && _lex.Hedges.EndingAt(w, hedgeStart - 1, o => o.Increment) is { } outer)
            return (hedgeStart - outer.Words.Length, q with { Increment = true });
        return (hedgeStart, q);
    }

    private (int End, Qualifier Qualifier) SuffixAfter(TokenWindow w, int last)
    {
        if (_lex.Suffixes.At(w, last + 1) is not { } phrase) return (last, default);
        int end = last + phrase.Words.Length;
        // "3,000 more than last year" compares; it does not add.
        if (phrase.Meaning.Increment && w.Is(end + 1, "than")) return (last, default);
        return (end, phrase.Meaning);
    }

    /// <summary>
    /// "Rs 10 lakh", "USD 5 million", "Rs. 10 million", "Rs2.5bn": a currency's short capitalised code before a
    /// number, apart from it or after its abbreviation's point.
    /// </summary>
    private static bool IsCurrencyCodeBefore(TokenWindow w, int i)
    {
        if (!w.IsWord(i)) return false;
        int next = AfterCodePoint(w, i);
        if (!StartsFigure(w, next)) return false;
        var code = w.Chars(i);
        return code.Length is 2 or 3 && char.IsUpper(code[0]) && !code.ContainsAnyExcept(AsciiLetters);
    }

    /// <summary>The token after a currency code at <paramref name="code"/>, past the point of "Rs.".</summary>
    private static int AfterCodePoint(TokenWindow w, int code) => w.IsPunct(code + 1, '.') && w.Touching(code) ? code + 2 : code + 1;

    /// <summary>"R2.37-billion": a currency's one-letter sign glued to the number, as the rand's is written.</summary>
    private static bool IsCurrencyLetter(TokenWindow w, int i) =>
        w.IsWord(i) && w.Chars(i).Length == 1 && w.Touching(i) && StartsFigure(w, i + 1);

    /// <summary>A number, or a word that opens with one ("2.37-billion", "2.5bn"), at token <paramref name="i"/>.</summary>
    private static bool StartsFigure(TokenWindow w, int i) => w.IsNumber(i) || w.IsWord(i) && char.IsAsciiDigit(w.Chars(i)[0]);

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>A single number at token i: digits (with a scale word or suffix), or spelled out.</summary>
    private bool TryParse(TokenWindow w, int i, out Parsed parsed)
    {
        parsed = default;
        if (!w.InRange(i)) return false;
        string? currency = null;
        int first = i;
        if (w.Kind(i) == TokenKind.Punctuation || w.Is(i, "US") && w.IsPunct(i + 1, '$') || IsCurrencyLetter(w, i))
        {
            // UN and WHO reports write "US$ 27.9 million" with a space; a bare sign keeps to its figure.
            bool spaced = w.Is(i, "US") && w.IsNumber(i + 2);
            if (w.Is(i, "US")) i++;
            if (!_lex.Currencies.TryGetValue(w.Chars(i), out currency) || !w.Touching(i) && !spaced) return false;
            i++;
        }
        else if (IsCurrencyCodeBefore(w, i) && _lex.Currencies.TryGetValue(w.Chars(i), out currency)) i = AfterCodePoint(w, i);
        if (w.IsNumber(i) && TryDigits(w.Chars(i), out var value))
        {
            var (scale, last) = ScaleAfter(w, i);
            parsed = new Parsed(value * scale, first, last, NumberForm.Digits, scale, currency ?? CurrencyAfter(w, last), i);
            return true;
        }
        if (w.IsWord(i) && char.IsAsciiDigit(w.Chars(i)[0]) && TryDigitsWithSuffix(w.Chars(i), out value, out var suffixScale))
        {
            parsed = new Parsed(value * suffixScale, first, i, NumberForm.Digits, suffixScale, currency ?? CurrencyAfter(w, i), i);
            return true;
        }
        // "that one", "which one", "the one you mentioned": a pronoun, not a count.
        if (w.Is(i, "one") && w.IsAny(i - 1, PronounOneDeterminers)) return false;
        if (currency is null && TryWords(w, i, out value, out int wordsLast, out var wordScale))
        {
            // "Fifty-seven (57) terrorists", "three (3) vehicles": official releases repeat the figure in digits.
            if (w.IsPunct(wordsLast + 1, '(') && w.IsNumber(wordsLast + 2) && w.IsPunct(wordsLast + 3, ')')
                && TryDigits(w.Chars(wordsLast + 2), out var repeated) && repeated == value)
                wordsLast += 3;
            parsed = new Parsed(value, i, wordsLast, NumberForm.Words, wordScale, CurrencyAfter(w, wordsLast), i);
            return true;
        }
        return false;
    }

    private string? CurrencyAfter(TokenWindow w, int last)
    {
        if (!w.IsWord(last + 1) || _lex.CurrencyWords.At(w, last + 1) is not { } currency) return null;
        // "500 pounds of explosives": a currency that is also a unit of measure is a weight before "of".
        bool unit = currency.Words.Length == 1 && _lex.NotCounts.Contains(w.Chars(last + 1));
        return unit && w.Is(last + 2, "of") ? null : currency.Meaning;
    }

    private (decimal Scale, int Last) ScaleAfter(TokenWindow w, int i)
    {
        var words = _lex.Words;
        decimal scale = 1;
        int last = i;
        while (w.IsWord(last + 1) && words.TryGetValue(w.Chars(last + 1), out var s) && s.Role is NumberWordRole.Scale or NumberWordRole.Hundred or NumberWordRole.Dozen)
        {
            scale *= s.Value;
            last++;
        }
        // "R2.37-billion", "$1.5-million": a scale joined by a hyphen, as some outlets' style writes it.
        if (last == i && w.IsPunct(i + 1, '-') && w.Touching(i) && w.Touching(i + 1) && w.IsWord(i + 2)
            && words.TryGetValue(w.Chars(i + 2), out var joined) && joined.Role == NumberWordRole.Scale)
            return (joined.Value, i + 2);
        return (scale, last);
    }

    private static bool TryDigits(ReadOnlySpan<char> chars, out decimal value)
    {
        if (TryWholeDigits(chars, out value)) return true;
        // No buffer on the stack for the digits without their commas: a method that allocates on the stack is never
        // inlined, and is compiled without tiered compilation's profile; a figure with both commas and a decimal
        // point ("1,234.5") is rare enough to take a string.
        int commas = chars.Count(',');
        // A comma read as a decimal mark ("1,5") would be a different number: only thousands groups count.
        if (commas > 0 && !ThousandsGrouped(chars)) { value = 0; return false; }
        // "87.000 people", "1.200.000": dots in thousands groups, as continental outlets and their rewrites write them.
        if (commas == 0 && DotGrouped(chars)) return decimal.TryParse(chars.ToString().Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value);
        return decimal.TryParse(commas == 0 ? chars : chars.ToString().Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Most figures are whole numbers with thousands commas or none ("3,500", "12"): read here digit by digit, they
    /// give the value decimal.TryParse gives them, without its general parser. False for anything else, which
    /// <see cref="TryDigits"/> then reads as before.
    /// </summary>
    private static bool TryWholeDigits(ReadOnlySpan<char> chars, out decimal value)
    {
        value = 0;
        long whole = 0;
        int digits = 0;
        foreach (var c in chars)
        {
            if (c == ',') continue;
            if (!char.IsAsciiDigit(c) || ++digits > 18) return false;
            whole = whole * 10 + (c - '0');
        }
        if (digits == 0 || digits < chars.Length && !ThousandsGrouped(chars)) return false;
        value = whole;
        return true;
    }

    private static bool DotGrouped(ReadOnlySpan<char> chars)
    {
        int first = chars.IndexOf('.');
        if (first is < 1 or > 3) return false;
        for (int k = first; k < chars.Length; k += 4)
            if (chars[k] != '.' || k + 4 > chars.Length || chars[(k + 1)..(k + 4)].ContainsAnyExcept("0123456789")) return false;
        return true;
    }

    private static bool ThousandsGrouped(ReadOnlySpan<char> chars)
    {
        int dot = chars.IndexOf('.');
        var whole = dot >= 0 ? chars[..dot] : chars;
        int group = 0;
        for (int k = whole.Length - 1; k >= 0; k--)
        {
            if (whole[k] == ',')
            {
                if (group != 3) return false;
                group = 0;
            }
            else group++;
        }
        return group is >= 1 and <= 3;
    }

    private bool TryDigitsWithSuffix(ReadOnlySpan<char> chars, out decimal value, out decimal scale)
    {
        value = 0;
        scale = 1;
        int k = 0;
        while (k < chars.Length && (char.IsAsciiDigit(chars[k]) || chars[k] is '.' or ',')) k++;
        if (k == 0 || k == chars.Length) return false;
        if (!_lex.Words.TryGetValue(chars[k..], out var s) || s.Role is not (NumberWordRole.Suffix or NumberWordRole.Scale))
            return false;
        scale = s.Value;
        return TryDigits(chars[..k], out value);
    }

    /// <summary>"five", "twenty-five", "three hundred and fifty", "a dozen", "a million", "12 thousand" is digits.</summary>
    private bool TryWords(TokenWindow w, int i, out decimal value, out int last, out decimal scale)
    {
        value = 0;
        last = i - 1;
        scale = 1;
        var words = _lex.Words;
        decimal total = 0, current = 0;
        bool any = false;
        int j = i;
        // "a dozen", "a hundred", "a million": the article stands for one.
        if (w.IsAny(j, "a", "an") && w.IsWord(j + 1) && words.TryGetValue(w.Chars(j + 1), out var next)
            && next.Role is NumberWordRole.Hundred or NumberWordRole.Scale || w.IsAny(j, "a") && w.Is(j + 1, "dozen"))
        {
            current = 1;
            j++;
        }
        while (w.IsWord(j))
        {
            var token = w.Chars(j);
            if (any && token.Equals("and", StringComparison.OrdinalIgnoreCase) && w.IsWord(j + 1)
                && TryWordValue(words, w.Chars(j + 1), out var afterAnd) && afterAnd.Role is NumberWordRole.Unit or NumberWordRole.Ten
                && (current > 0 && current % 100 == 0 || current == 0 && total > 0))
            {
                j++;
                continue;
            }
            if (!TryWordValue(words, token, out var wv)) break;
            switch (wv.Role)
            {
                case NumberWordRole.Dozen:
                    // "three hundred and two dozen" is 300 + 24: a dozen multiplies only what follows the hundreds.
                    current = current - current % 100 + (current % 100 == 0 ? 1 : current % 100) * wv.Value;
                    break;
                case NumberWordRole.Unit or NumberWordRole.Ten:
                    if (any && current % 100 != 0 && current % 10 == 0 && wv.Role == NumberWordRole.Ten) goto done;
                    if (any && current % 10 != 0) goto done;
                    current += wv.Value;
                    break;
                case NumberWordRole.Hundred:
                    current = (current == 0 ? 1 : current) * 100;
                    scale = Math.Max(scale, 100);
                    break;
                case NumberWordRole.Scale:
                    total += (current == 0 ? 1 : current) * wv.Value;
                    scale = Math.Max(scale, wv.Value);
                    current = 0;
                    break;
                default:
                    goto done;
            }
            any = true;
            last = j;
            j++;
        }
        done:
        if (!any) return false;
        value = total + current;
        return value > 0 || w.Is(i, "zero");
    }

    private static bool TryWordValue(System.Collections.Frozen.FrozenDictionary<string, (decimal Value, NumberWordRole Role)>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> token, out (decimal Value, NumberWordRole Role) result)
    {
        if (words.TryGetValue(token, out result)) return result.Role != NumberWordRole.Suffix;
        int hyphen = token.IndexOf('-');
        if (hyphen > 0 && words.TryGetValue(token[..hyphen], out var ten) && ten.Role == NumberWordRole.Ten
            && words.TryGetValue(token[(hyphen + 1)..], out var unit) && unit.Role == NumberWordRole.Unit && unit.Value < 10)
        {
            result = (ten.Value + unit.Value, NumberWordRole.Ten);
            return true;
        }
        result = default;
        return false;
    }
}
