using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Questions;

namespace Portal.Tests.Domain;

/// <summary>A citizen's question's own rules (Huế 53 Phụ lục V): its stages, the opinion asked before forwarding, publication as versions, the public state, the batches.</summary>
public sealed class CitizenQuestionTests
{
    private static readonly DateTimeOffset Monday = VietnamTime.At(new DateOnly(2026, 10, 12), new TimeOnly(9, 0));
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026, 2027);

    private static CitizenQuestion NewQuestion() =>
        new(1, "ABCDEFGHJK", QuestionChannel.Api, 7, "ext-1", null, new QuestionInput("Nguyễn Văn A", null, null, null, "Tiêu đề", "Nội dung", null), Monday);

    [Fact]
    public void A_question_is_accepted_routed_asked_about_and_forwarded_in_that_order()
    {
        var q = NewQuestion();
        Assert.Equal(QuestionPublicState.Received, q.PublicState);
        Assert.Throws<DomainException>(() => q.Route(2, 3, null, null, Monday));
        q.Accept(2, Monday);
        Assert.Throws<DomainException>(() => q.Accept(2, Monday));
        q.Route(4, 3, "Chuyển Sở Tài chính", null, Monday);
        Assert.Throws<DomainException>(() => q.MarkForwarded(9, Monday));
        q.AskOpinion(3, 5, "Xin ý kiến", Monday);
        Assert.True(q.AwaitsOpinion);
        Assert.Throws<DomainException>(() => q.MarkForwarded(3, Monday));
        Assert.Throws<DomainException>(() => q.GiveOpinion(6, "Đồng ý", Monday));
        q.GiveOpinion(5, "Đồng ý", Monday);
        q.MarkForwarded(3, Monday);
        Assert.Equal((QuestionStage.Forwarded, QuestionPublicState.BeingAnswered), (q.Stage, q.PublicState));
        Assert.Equal("Ý kiến lãnh đạo UBND tỉnh: Đồng ý\nÝ kiến Lãnh đạo Văn phòng: Chuyển Sở Tài chính", q.DirectionForUnits(null));
    }

    [Fact]
    public void A_refusal_needs_its_reason_and_ends_the_question()
    {
        var q = NewQuestion();
        Assert.Throws<DomainException>(() => q.Refuse(2, Monday, "  "));
        q.Refuse(2, Monday, "Ngoài phạm vi");
        Assert.Equal(QuestionPublicState.Refused, q.PublicState);
        Assert.Throws<DomainException>(() => q.Accept(2, Monday));
    }

    [Fact]
    public void A_published_answer_is_corrected_as_a_new_version_and_withdrawn_with_a_reason()
    {
        var q = NewQuestion();
        q.Accept(2, Monday);
        q.Route(4, 3, null, null, Monday);
        Assert.Throws<DomainException>(() => q.Publish("Trả lời", "Sở Tài chính", new DateOnly(2026, 10, 12), 3, Monday));
        q.MarkForwarded(3, Monday);
        q.Publish("Trả lời", "Sở Tài chính", new DateOnly(2026, 10, 12), 3, Monday);
        Assert.Equal(QuestionPublicState.Answered, q.PublicState);
        Assert.Throws<DomainException>(() => q.Publish("Lần hai", "Sở Tài chính", new DateOnly(2026, 10, 12), 3, Monday));
        Assert.Throws<DomainException>(() => q.Correct("Trả lời", "Không đổi", 3, Monday));
        q.Correct("Trả lời đã sửa", "Sửa căn cứ", 3, Monday.AddHours(1));
        Assert.Equal((2, "Trả lời đã sửa", "Sửa căn cứ"), (q.CurrentAnswer!.Version, q.CurrentAnswer.Text, q.CurrentAnswer.Note));
        Assert.Contains("tra loi da sua", q.SearchText);
        Assert.Throws<DomainException>(() => q.Withdraw(3, "", Monday));
        q.Withdraw(3, "Rà soát lại", Monday.AddHours(2));
        Assert.Equal((QuestionPublicState.Withdrawn, false, 2), (q.PublicState, q.IsPublic, q.Answers.Count));
        q.Correct("Trả lời đã sửa", "Công khai lại sau rà soát", 3, Monday.AddHours(3));
        Assert.Equal((QuestionPublicState.Answered, 3), (q.PublicState, q.CurrentAnswer!.Version));
    }

    [Fact]
    public void The_input_is_checked_field_by_field()
    {
        Assert.Empty(new QuestionInput("A", "a@b.vn", "+84 905 123 456", null, "T", "C", null).Errors());
        var errors = new QuestionInput(null, "a@b", "09-05", null, null, "C\u202E", null).Errors();
        Assert.Equal(["askerEmail", "askerName", "askerPhone", "content", "title"], errors.Keys.Order());
        Assert.False(CitizenQuestion.IsTrackingCode("ABCDEFGHJ0"));
        Assert.True(CitizenQuestion.IsTrackingCode("ABCDEFGHJK"));
    }

    [Theory]
    // Received on Monday before 10:00: that morning's batch; after 16:00: the next working day's 10:00.
    [InlineData("2026-10-12 09:59", "2026-10-12 10:00")]
    [InlineData("2026-10-12 10:00", "2026-10-12 10:00")]
    [InlineData("2026-10-12 10:01", "2026-10-12 16:00")]
    [InlineData("2026-10-16 16:30", "2026-10-19 10:00")]
    // Saturday; and the eve of the National Day holiday of 2026.
    [InlineData("2026-10-17 08:00", "2026-10-19 10:00")]
    [InlineData("2026-09-01 17:00", "2026-09-03 10:00")]
    public void A_question_belongs_to_the_first_batch_on_a_working_day_at_or_after_it_came(string came, string batch)
    {
        static DateTimeOffset At(string s) => VietnamTime.At(DateOnly.ParseExact(s[..10], "yyyy-MM-dd"), TimeOnly.ParseExact(s[11..], "HH:mm"));
        Assert.Equal(At(batch), QuestionBatches.BatchOf(At(came), QuestionBatches.DefaultIntake, Calendar));
    }

    [Fact]
    public void A_forwarded_question_is_due_in_five_working_days_or_ten_when_hard_counted_over_holidays()
    {
        var q = NewQuestion();
        // Forwarded on Friday 28/08/2026; 31/8–2/9 are the National Day holiday of 2026: the count runs 3, 4, 7, 8, 9 September.
        var friday = VietnamTime.At(new DateOnly(2026, 8, 28), new TimeOnly(14, 0));
        var normal = CaseTask.ForQuestion(q, null, 10, complex: false, friday, 3, null, Calendar);
        var hard = CaseTask.ForQuestion(q, null, 10, complex: true, friday, 3, null, Calendar);
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2026, 8, 28), 5), normal.EffectiveDeadline);
        Assert.Equal(new DateOnly(2026, 9, 9), normal.EffectiveDeadline);
        Assert.Equal(new DateOnly(2026, 9, 16), hard.EffectiveDeadline);
        Assert.Equal((CaseKind.CitizenQuestion, "Câu hỏi ABCDEFGHJK"), (normal.Kind, normal.SourceReference));
    }
}
