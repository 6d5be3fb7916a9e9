using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

/// <summary>
/// The update deadlines of SPEC §4.11 on the 2026 calendar: the unit enters its official answer within 1 working day
/// (Khánh Hòa 1986 Điều 10.2), 3 (Huế 71 Điều 7.2c) or the same day, the next working day after 15:00 (Đồng Tháp 128 Điều
/// 14.4); the Office reviews a report the same working day, the next after 15:00 (Điều 4.5c); a task without a deadline
/// misses every reporting period that ends without an update.
/// </summary>
public sealed class UpdateDeadlineTests
{
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026);

    [Theory]
    [InlineData(2026, 11, 26, 2026, 11, 27)]   // Thursday → Friday
    [InlineData(2026, 11, 27, 2026, 11, 30)]   // Friday → Monday
    [InlineData(2026, 11, 28, 2026, 11, 30)]   // signed on a Saturday → Monday, the first working day after it
    [InlineData(2026, 4, 24, 2026, 4, 28)]     // Friday before the Giỗ Tổ day off (Monday 27/04) → Tuesday
    public void Khanh_Hoa_answer_is_entered_within_one_working_day(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), UpdateDeadline.KhanhHoa.DueOn(new DateOnly(y, m, d), null, Calendar));
    }

    [Fact]
    public void Hue_answer_is_entered_within_three_working_days()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), UpdateDeadline.Hue.DueOn(new DateOnly(2026, 11, 26), null, Calendar));
        // Across the 30/4–1/5 break: Wednesday 29/04 → 04/05, 05/05, 06/05.
        Assert.Equal(new DateOnly(2026, 5, 6), UpdateDeadline.Hue.DueOn(new DateOnly(2026, 4, 29), null, Calendar));
    }

    [Theory]
    [InlineData(null, null, 2026, 11, 26)]      // no hour given: the same day
    [InlineData(9, 30, 2026, 11, 26)]
    [InlineData(15, 0, 2026, 11, 26)]
    [InlineData(15, 1, 2026, 11, 27)]
    public void Dong_Thap_answer_is_entered_the_same_day_or_the_next_working_day_after_15h(int? hour, int? minute, int ey, int em, int ed)
    {
        TimeOnly? time = hour is { } h ? new TimeOnly(h, minute!.Value) : null;
        Assert.Equal(new DateOnly(ey, em, ed), UpdateDeadline.DongThap.DueOn(new DateOnly(2026, 11, 26), time, Calendar));
    }

    [Fact]
    public void Dong_Thap_answer_signed_on_a_day_off_is_entered_on_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), UpdateDeadline.DongThap.DueOn(new DateOnly(2026, 11, 29), new TimeOnly(8, 0), Calendar));
    }

    [Theory]
    [InlineData(10, 2026, 11, 26)]
    [InlineData(16, 2026, 11, 27)]
    public void The_Office_reviews_a_report_the_same_working_day_or_the_next_after_15h(int hour, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), UpdateDeadline.OfficeReview.DueOn(Vn(2026, 11, 26, hour), Calendar));
    }

    [Fact]
    public void A_report_sent_on_the_eve_of_Tet_after_15h_is_reviewed_after_the_break()
    {
        Assert.Equal(new DateOnly(2026, 2, 23), UpdateDeadline.OfficeReview.DueOn(Vn(2026, 2, 13, 16), Calendar));
    }

    [Fact]
    public void A_quarterly_task_misses_each_quarter_that_ended_without_an_update()
    {
        // Assigned 10/02; updated in May; judged on 15/11: Q1 (31/03) and Q3 (30/09) were missed, Q2 was not, Q4 is running.
        var missed = ReportingCycles.MissedPeriodEnds(ReportingCycle.Quarterly, new DateOnly(2026, 2, 10), null, new DateOnly(2026, 11, 15),
                                                      [new DateOnly(2026, 5, 20)], Calendar);
        Assert.Equal([new DateOnly(2026, 3, 31), new DateOnly(2026, 9, 30)], missed);
    }

    [Fact]
    public void A_period_that_ends_the_day_after_assignment_is_not_owed_and_a_completed_task_owes_nothing_more()
    {
        // Assigned on the last working day of the half-year: no working day left for its update.
        Assert.Empty(ReportingCycles.MissedPeriodEnds(ReportingCycle.HalfYearly, new DateOnly(2026, 6, 30), null, new DateOnly(2026, 7, 15), [], Calendar));
        // Completed in Q2 (the submission is its update): Q1 missed, nothing after.
        var missed = ReportingCycles.MissedPeriodEnds(ReportingCycle.Quarterly, new DateOnly(2026, 1, 5), new DateOnly(2026, 5, 4),
                                                      new DateOnly(2026, 12, 31), [new DateOnly(2026, 5, 4)], Calendar);
        Assert.Equal([new DateOnly(2026, 3, 31)], missed);
        // The running period is never counted: judged on its last day, the year's period is still open.
        Assert.Empty(ReportingCycles.MissedPeriodEnds(ReportingCycle.Yearly, new DateOnly(2026, 1, 5), null, new DateOnly(2026, 12, 31), [], Calendar));
        Assert.Equal([new DateOnly(2026, 12, 31)],
                     ReportingCycles.MissedPeriodEnds(ReportingCycle.Yearly, new DateOnly(2026, 1, 5), null, new DateOnly(2027, 1, 1), [], Calendar));
    }

    [Fact]
    public void A_draft_keeps_the_answer_entry_day_of_its_document_and_an_approval_after_it_is_late()
    {
        var document = new DirectiveDocument(DocumentType.CongVan, "12", "UBND-KT", "Về việc thử nghiệm", new DateOnly(2026, 11, 2), 1, SecrecyLevel.None);
        var leader = WorkflowActor.Of(2, 20, PortalRoles.UnitLeader);
        var specialist = WorkflowActor.Of(3, 20, PortalRoles.UnitSpecialist);
        var task = new CaseTask(document, "Báo cáo tình hình", 20, new DateOnly(2026, 12, 15), true, Vn(2026, 11, 20, 9), 1, Calendar);
        task.Receive(leader, Vn(2026, 11, 20, 10));
        task.Delegate(leader, Vn(2026, 11, 20, 11), specialist.Person, []);
        task.SubmitDraft(specialist, Vn(2026, 11, 27, 9), new ReportDraft("Kết quả", "Báo cáo", "12/BC-STC", null, new DateOnly(2026, 11, 26), "Lê Văn Đức"));
        task.PlanUpdateDeadlines(UpdateDeadline.KhanhHoa, UpdateDeadline.OfficeReview, Calendar);
        Assert.Equal(new DateOnly(2026, 11, 27), task.AnswerEntryDueOn);
        Assert.Null(task.ReviewDueOn);
        task.ApproveAndSubmit(leader, Vn(2026, 11, 30, 16));
        task.PlanUpdateDeadlines(UpdateDeadline.KhanhHoa, UpdateDeadline.OfficeReview, Calendar);
        Assert.True(task.AnswerEnteredLate);
        Assert.Equal(new DateOnly(2026, 12, 1), task.ReviewDueOn);   // sent after 15:00: reviewed the next working day
    }

    [Fact]
    public void An_hour_of_issue_needs_its_date()
    {
        Assert.Throws<Portal.Domain.DomainException>(() => new ReportDraft("Kết quả", documentTime: new TimeOnly(16, 0)));
    }
}
