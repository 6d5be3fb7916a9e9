using Portal.Domain.Text;

namespace Portal.Domain.Complaints;

/// <summary>
/// What an intake clerk searches before entering a letter (Quyết định 1122/2017 Điều 5.1: "phải tra cứu"): free words (a name
/// and an address typed together, in any order), or the complainant's name, personal ID number (CCCD/CMND), phone, address,
/// the person or agency complained about, and the content.
/// </summary>
public sealed record LookupQuery(string? Words = null, string? Name = null, string? IdNumber = null, string? Phone = null,
                                 string? Address = null, string? Respondent = null, string? Content = null)
{
    public const int FieldMaxLength = 500;
    public const int ContentMaxLength = 4000;

    public bool IsEmpty => new[] { Words, Name, IdNumber, Phone, Address, Respondent, Content }.All(string.IsNullOrWhiteSpace);

    /// <summary>The problems of the query, in Vietnamese: nothing to search, or a field over its limit.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (IsEmpty) problems.Add("Vui lòng nhập ít nhất một thông tin để tra cứu.");
        foreach (var (label, value) in new[] { ("Từ khóa", Words), ("Họ tên", Name), ("Số CCCD/CMND", IdNumber), ("Số điện thoại", Phone), ("Địa chỉ", Address), ("Người, cơ quan bị khiếu nại", Respondent) })
            if (value?.Length > FieldMaxLength) problems.Add($"{label} tối đa {FieldMaxLength} ký tự.");
        if (Content?.Length > ContentMaxLength) problems.Add($"Nội dung tối đa {ContentMaxLength} ký tự.");
        return problems;
    }
}

/// <summary>A letter's complainant and subject as the look-up compares them (one signatory of a letter; each is compared).</summary>
public sealed record LookupCandidate(string Name, string? IdNumber, string? Phone, string? Address, string? Respondent, string? Content);

/// <summary>Why a letter matched, strongest first as shown to the clerk.</summary>
public enum MatchReason { IdNumber, Phone, Name, Address, Respondent, Content }

public sealed record LookupScore(int Score, IReadOnlyList<MatchReason> Reasons)
{
    public static LookupScore None { get; } = new(0, []);

    public bool Matches => Score > 0;
}

/// <summary>
/// Ranks a letter against a query: an ID number is exact and strongest — and a different ID under the same name marks another
/// person, ranked below; names, addresses and the respondent are compared word by word without accents, case or word order;
/// the content by the words it shares.
/// </summary>
public static class ComplaintLookup
{
    private const int IdWeight = 100;
    private const int OtherIdPenalty = 60;
    private const int PhoneWeight = 40;
    private const int FullNameWeight = 40;
    private const int PartNameWeight = 15;
    private const int AddressWeight = 25;
    private const int RespondentWeight = 20;
    private const int ContentWeight = 30;

    /// <summary>The digits of an ID number (CCCD 12, CMND 9 or 12), or null when it is not one.</summary>
    public static string? IdNumberKey(string? value)
    {
        var digits = Digits(value);
        return digits.Length is 9 or 12 ? digits : null;
    }

    /// <summary>A Vietnamese phone number's national form (+84 / 84 → 0), or null when it has too few digits.</summary>
    public static string? PhoneKey(string? value)
    {
        var digits = Digits(value);
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11) digits = "0" + digits[2..];
        return digits.Length is >= 9 and <= 11 ? digits : null;
    }

    /// <summary>The words of a text without accents, case or punctuation ("12 Lê Lợi, P.1" → 12, le, loi, p, 1).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return words;
    }

    public static LookupScore Score(LookupQuery query, LookupCandidate candidate)
    {
        var score = 0;
        var reasons = new List<MatchReason>();
        var queryId = IdNumberKey(query.IdNumber);
        var candidateId = IdNumberKey(candidate.IdNumber);
        if (queryId is not null && candidateId is not null)
        {
            if (queryId == candidateId)
            {
                score += IdWeight;
                reasons.Add(MatchReason.IdNumber);
            }
            else score -= OtherIdPenalty;
        }
        if (PhoneKey(query.Phone) is { } phone && phone == PhoneKey(candidate.Phone))
        {
            score += PhoneWeight;
            reasons.Add(MatchReason.Phone);
        }

        var name = Words(candidate.Name);
        var address = Words(candidate.Address);
        var respondent = Words(candidate.Respondent);
        // Free words are looked for in the name, the address and the respondent together, in any order.
        var free = Words(query.Words);
        var nameQuery = Words(query.Name).Concat(free).ToHashSet();
        if (name.Count > 0 && nameQuery.Count > 0)
        {
            var found = name.Count(nameQuery.Contains);
            if (found == name.Count)
            {
                score += FullNameWeight;
                reasons.Add(MatchReason.Name);
            }
            else if (Words(query.Name) is { Count: > 1 } typed && typed.All(name.Contains))
            {
                // Part of a name typed (the given name and the family name without the middle one).
                score += PartNameWeight * 2;
                reasons.Add(MatchReason.Name);
            }
        }
        // Free words that are not the candidate's name are looked for in its address and in the respondent.
        var rest = free.Where(w => !name.Contains(w)).ToList();
        var addressQuery = Words(query.Address);
        if (Coverage(addressQuery.Count > 0 ? addressQuery : rest, address) is var a and > 0.5)
        {
            score += (int)Math.Round(AddressWeight * a);
            reasons.Add(MatchReason.Address);
        }
        var respondentQuery = Words(query.Respondent);
        if (Coverage(respondentQuery.Count > 0 ? respondentQuery : rest, respondent) is var r and > 0.5)
        {
            score += (int)Math.Round(RespondentWeight * r);
            reasons.Add(MatchReason.Respondent);
        }
        if (Similarity(Words(query.Content), Words(candidate.Content)) is var c and >= 0.3)
        {
            score += (int)Math.Round(ContentWeight * c);
            reasons.Add(MatchReason.Content);
        }
        // Only a positive reason makes a match; a penalty alone does not list a letter.
        return reasons.Count == 0 ? LookupScore.None : new LookupScore(Math.Max(1, score), reasons);
    }

    public static string Label(MatchReason reason) => reason switch
    {
        MatchReason.IdNumber => "Trùng số CCCD/CMND",
        MatchReason.Phone => "Trùng số điện thoại",
        MatchReason.Name => "Trùng họ tên",
        MatchReason.Address => "Trùng địa chỉ",
        MatchReason.Respondent => "Trùng người, cơ quan bị khiếu nại",
        MatchReason.Content => "Nội dung tương tự",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    // The share of the words asked that the candidate's text holds.
    private static double Coverage(IReadOnlyList<string> query, IReadOnlyList<string> candidate)
    {
        if (query.Count == 0 || candidate.Count == 0) return 0;
        var held = candidate.ToHashSet();
        var asked = query.Distinct().ToList();
        return (double)asked.Count(held.Contains) / asked.Count;
    }

    // Jaccard similarity of two texts' word sets.
    private static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var left = a.ToHashSet();
        var right = b.ToHashSet();
        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    private static string Digits(string? value) => value is null ? "" : new string([.. value.Where(char.IsAsciiDigit)]);
}
