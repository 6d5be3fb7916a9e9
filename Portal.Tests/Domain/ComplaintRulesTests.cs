using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Complaints;

namespace Portal.Tests.Domain;

/// <summary>
/// Complaint letters' own rules (issue 16, Quyết định 1122/2017, Luật Khiếu nại 2011, Thông tư 05/2021/TT-TTCP): the statutory
/// limits in calendar or working days over weekends and holidays, timeliness before / on / after the limit, the scope (no
/// denunciation, nothing secret) and the duplicate look-up's ranking.
/// </summary>
public sealed class ComplaintRulesTests
{
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026, 2027);

    [Theory]
    // Received on Thursday 20/08/2026: the 10th day is Sunday 30/08, then the National Day break (31/08–02/09) — Thursday 03/09.
    [InlineData(ComplaintLimit.Decide, "2026-08-20", false, false, "2026-09-03")]
    // Received on Friday 06/02/2026: the 10th day is the first of Tết (16–20/02), then a weekend — Monday 23/02.
    [InlineData(ComplaintLimit.Decide, "2026-02-06", false, false, "2026-02-23")]
    // A plain first complaint accepted on Monday 05/10/2026: 30 days, Wednesday 04/11 — a working day, kept.
    [InlineData(ComplaintLimit.ResolveFirst, "2026-10-05", false, false, "2026-11-04")]
    // Complex and remote: 60 days from 02/03/2026 is Labour Day (Friday 01/05), then a weekend — Monday 04/05.
    [InlineData(ComplaintLimit.ResolveFirst, "2026-03-02", true, true, "2026-05-04")]
    // Complex, not remote: 45 days.
    [InlineData(ComplaintLimit.ResolveFirst, "2026-10-05", true, false, "2026-11-19")]
    // A second complaint, 45 days from 01/10/2026 is Sunday 15/11 — Monday 16/11.
    [InlineData(ComplaintLimit.ResolveSecond, "2026-10-01", false, false, "2026-11-16")]
    // A second complaint, remote and complex: 70 days from 01/10/2026 is Thursday 10/12.
    [InlineData(ComplaintLimit.ResolveSecond, "2026-10-01", true, true, "2026-12-10")]
    public void The_statutory_limits_count_calendar_days_and_a_last_day_off_moves_to_the_next_working_day(
        ComplaintLimit limit, string from, bool complex, bool remote, string expected)
    {
        var last = ComplaintLimits.Law[limit].LastDay(DateOnly.Parse(from), complex, remote, Calendar);

        Assert.Equal(DateOnly.Parse(expected), last);
    }

    [Fact]
    public void A_profile_may_count_a_limit_in_working_days_over_the_holidays()
    {
        var limits = ComplaintLimits.Law with { Decide = ComplaintLimits.Law.Decide with { Unit = DeadlineUnit.WorkingDays } };

        // From Monday 24/08/2026: 25–28/08 are four days, 31/08–02/09 are off, then 03, 04, 07, 08, 09, 10/09.
        Assert.Equal(new DateOnly(2026, 9, 10), limits.Decide.LastDay(new DateOnly(2026, 8, 24), false, false, Calendar));
        Assert.Empty(limits.Problems());
    }

    [Fact]
    public void A_profile_with_a_limit_out_of_range_or_a_complex_limit_shorter_than_the_plain_one_is_refused()
    {
        var limits = ComplaintLimits.Law with { ResolveFirst = new ComplaintLimitRule(DeadlineUnit.CalendarDays, 30, 20, 45, 60), Decide = ComplaintLimits.Law.Decide with { Days = 0 } };

        var problems = limits.Problems();

        Assert.Contains(problems, p => p.StartsWith("Thời hạn thụ lý: số ngày phải từ 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Thời hạn giải quyết lần đầu: thời hạn của vụ việc phức tạp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-03", LimitKept.BeforeLimit, "Trước hạn")]
    [InlineData("2026-11-04", LimitKept.OnLimit, "Đúng hạn")]
    [InlineData("2026-11-05", LimitKept.AfterLimit, "Quá hạn")]
    public void A_settled_case_is_before_on_or_after_its_limit(string settledOn, LimitKept expected, string label)
    {
        var timeliness = ComplaintLimits.TimelinessOf(new DateOnly(2026, 11, 4), DateOnly.Parse(settledOn));

        Assert.Equal(expected, timeliness);
        Assert.Equal(label, ComplaintLimits.Label(timeliness));
    }

    [Fact]
    public void Only_a_first_or_a_second_resolution_has_a_limit()
    {
        Assert.Equal(ComplaintLimit.ResolveFirst, ComplaintLimits.ResolutionOf(1));
        Assert.Equal(ComplaintLimit.ResolveSecond, ComplaintLimits.ResolutionOf(2));
        Assert.Throws<DomainException>(() => ComplaintLimits.ResolutionOf(3));
    }

    [Fact]
    public void A_denunciation_and_a_secret_letter_are_refused_as_out_of_scope_with_a_clear_message()
    {
        var denunciation = Assert.Throws<DomainException>(() => ComplaintClassification.RequireInScope(LetterContent.Denunciation, secret: false));
        var secret = Assert.Throws<DomainException>(() => ComplaintClassification.RequireInScope(LetterContent.Complaint, secret: true));

        Assert.Contains("tố cáo", denunciation.Message, StringComparison.Ordinal);
        Assert.Contains("Điều 7.2", denunciation.Message, StringComparison.Ordinal);
        Assert.Contains("mật", secret.Message, StringComparison.Ordinal);
        ComplaintClassification.RequireInScope(LetterContent.Complaint, secret: false);
        ComplaintClassification.RequireInScope(LetterContent.Several, secret: false);
        // A resolution task without a deadline is not entered either (Điều 7.1).
        Assert.Throws<DomainException>(() => ComplaintClassification.RequireTaskInScope(null, secret: false));
        ComplaintClassification.RequireTaskInScope(new DateOnly(2026, 12, 10), secret: false);
    }

    [Theory]
    [InlineData("2026-06-01", "2026-08-30", false)]
    [InlineData("2026-06-01", "2026-08-31", true)]
    public void A_complaint_received_more_than_90_days_after_the_act_was_known_is_time_barred(string learnt, string received, bool barred) =>
        Assert.Equal(barred, ComplaintClassification.IsTimeBarred(DateOnly.Parse(learnt), DateOnly.Parse(received)));

    private static readonly LookupCandidate TrueMatch =
        new("Nguyễn Văn A", "079123456789", "0905 123 456", "12 Lê Lợi, phường Thuận Hòa", "UBND phường Thuận Hòa", "Khiếu nại quyết định thu hồi đất của hộ gia đình");

    private static readonly LookupCandidate Namesake =
        new("Nguyễn Văn A", "079987654321", null, "45 Trần Phú, phường Vĩnh Ninh", "Sở Xây dựng", "Đề nghị cấp giấy phép xây dựng");

    [Theory]
    [InlineData("nguyen van a 12 le loi")]
    [InlineData("Lê Lợi 12 Nguyễn Văn A")]
    [InlineData("NGUYỄN VĂN A, 12 LÊ LỢI")]
    public void Free_words_find_a_complainant_by_name_and_address_without_accents_case_or_word_order(string words)
    {
        var score = ComplaintLookup.Score(new LookupQuery(Words: words), TrueMatch);

        Assert.True(score.Matches);
        Assert.Contains(MatchReason.Name, score.Reasons);
        Assert.True(score.Score > ComplaintLookup.Score(new LookupQuery(Words: words), Namesake).Score);
    }

    [Fact]
    public void An_ID_number_match_is_the_strongest_and_a_namesake_with_another_ID_ranks_below_the_true_match()
    {
        var query = new LookupQuery(Name: "Nguyễn Văn A", IdNumber: "079 123 456 789");

        var truth = ComplaintLookup.Score(query, TrueMatch);
        var namesake = ComplaintLookup.Score(query, Namesake);
        var byIdOnly = ComplaintLookup.Score(new LookupQuery(IdNumber: "079123456789"), TrueMatch with { Name = "Nguyen V. A" });

        Assert.Equal([MatchReason.IdNumber, MatchReason.Name], truth.Reasons);
        Assert.True(truth.Score > namesake.Score, $"{truth.Score} vs {namesake.Score}");
        Assert.Equal([MatchReason.IdNumber], byIdOnly.Reasons);
        Assert.True(byIdOnly.Score > namesake.Score);
    }

    [Fact]
    public void A_phone_in_another_form_the_respondent_and_similar_content_match_and_say_why()
    {
        var score = ComplaintLookup.Score(new LookupQuery(Phone: "+84 905 123 456", Respondent: "ubnd phuong thuan hoa",
                                                          Content: "khiếu nại quyết định thu hồi đất của gia đình tôi"), TrueMatch);

        Assert.Equal([MatchReason.Phone, MatchReason.Respondent, MatchReason.Content], score.Reasons);
        Assert.Equal("Trùng số điện thoại", ComplaintLookup.Label(MatchReason.Phone));
    }

    [Fact]
    public void An_unrelated_letter_does_not_match_and_a_different_ID_alone_lists_nothing()
    {
        Assert.False(ComplaintLookup.Score(new LookupQuery(Words: "tran thi b 7 hung vuong"), TrueMatch).Matches);
        Assert.False(ComplaintLookup.Score(new LookupQuery(IdNumber: "079000000001"), TrueMatch).Matches);
        // Not an ID number: too few digits.
        Assert.Null(ComplaintLookup.IdNumberKey("12345"));
        Assert.Equal("0905123456", ComplaintLookup.PhoneKey("(+84) 905.123.456"));
    }

    [Fact]
    public void An_empty_or_oversized_query_is_refused_with_its_reasons()
    {
        Assert.Equal(["Vui lòng nhập ít nhất một thông tin để tra cứu."], new LookupQuery(Words: "  ").Problems());
        Assert.Equal(["Họ tên tối đa 500 ký tự."], new LookupQuery(Name: new string('a', 501)).Problems());
        Assert.Empty(new LookupQuery(Words: "nguyen van a").Problems());
    }

    private static readonly DateTimeOffset At = new(2026, 10, 15, 2, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 15);

    private static LetterInput Input(string name = "Nguyễn Văn A") => new()
    {
        ReceivedOn = Today,
        Complainants = [new ComplainantInput(name, "079123456789", "+84 905 111 222", "12 Lê Lợi")],
        Content = "Khiếu nại quyết định thu hồi đất",
        Field = ComplaintField.Land,
    };

    private static ComplaintLetter NewLetter(ComplaintCase? on = null) =>
        new(on ?? new ComplaintCase(1, 10, 100, At), 10, Input(), 100, At, Today, new ResolutionPlan(ComplaintLimits.Law, Remote: false, Calendar));

    [Fact]
    public void A_signatorys_keys_ignore_accents_case_word_order_spacing_and_the_country_code()
    {
        Assert.Equal(LetterComplainant.NameKeyOf("Nguyễn Văn A"), LetterComplainant.NameKeyOf("a NGUYEN van"));
        var letter = NewLetter();
        var signatory = Assert.Single(letter.Complainants);
        Assert.Equal("079123456789", signatory.IdKey);
        Assert.Equal("0905111222", signatory.PhoneKey);
        Assert.Contains("le loi", letter.SearchText);
        Assert.DoesNotContain("Lê", letter.SearchText);
    }

    [Fact]
    public void The_first_letter_of_a_case_is_lan_dau_and_each_later_one_a_repeat_in_order()
    {
        var complaintCase = new ComplaintCase(1, 10, 100, At);
        var first = NewLetter(complaintCase);
        var second = NewLetter(complaintCase);
        Assert.Equal((1, false), (first.Occurrence, first.IsRepeat));
        Assert.Equal((2, true), (second.Occurrence, second.IsRepeat));
        Assert.Equal(2, complaintCase.LetterCount);
    }

    [Fact]
    public void A_letter_not_eligible_for_another_reason_needs_the_reason_in_words_and_a_classified_letter_is_not_classified_or_corrected_again()
    {
        var letter = NewLetter();
        var other = Assert.Throws<DomainException>(() => letter.Classify(100, new LetterClassification(LetterContent.Complaint, false, IneligibilityReason.Other), At, Today));
        Assert.Contains("lý do khác", other.Message);
        Assert.Throws<DomainException>(() => letter.Classify(100, new LetterClassification(LetterContent.Complaint, false, IneligibilityReason.Withdrawn,
                                                                                             Competence: CompetenceOutcome.Accept), At, Today));
        Assert.Equal(LetterStage.Received, letter.Stage);

        letter.Classify(100, new LetterClassification(LetterContent.Complaint, false, IneligibilityReason.Other, "Đơn photo, không có chữ ký"), At, Today);
        Assert.Equal(LetterStage.Filed, letter.Stage);
        Assert.False(letter.IsEligible);
        Assert.Throws<DomainException>(() => letter.Classify(100, new LetterClassification(LetterContent.Complaint, true, Competence: CompetenceOutcome.Accept), At, Today));
        Assert.Throws<DomainException>(() => letter.Correct(100, At, Input("Lê Văn B"), Today, new ResolutionPlan(ComplaintLimits.Law, Remote: false, Calendar)));
        Assert.Equal([LetterLogAction.Created, LetterLogAction.Classified], letter.Log.Select(e => e.Action).ToArray());
    }

    [Fact]
    public void Several_signatories_have_at_most_one_representative_and_each_is_checked_by_position()
    {
        var input = Input();
        input.Complainants = [new ComplainantInput("Nguyễn Văn A", Representative: true), new ComplainantInput("Trần Thị B", IdNumber: "123", Representative: true)];
        var problems = input.Problems(Today);
        Assert.Contains("Chỉ chọn một người đại diện cho những người đứng đơn.", problems);
        Assert.Contains(problems, p => p.StartsWith("Người đứng đơn thứ 2: số CCCD", StringComparison.Ordinal));
    }
}
