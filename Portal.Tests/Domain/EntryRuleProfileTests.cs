using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

public sealed class EntryRuleProfileTests
{
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026);

    [Fact]
    public void Hue_allows_two_working_days_from_issue()
    {
        // Thursday 26/11 → Monday 30/11
        Assert.Equal(new DateOnly(2026, 11, 30), EntryRuleProfile.Hue.EntryDeadline(Vn(2026, 11, 26, 10), DocumentUrgency.Normal, 1, Calendar));
    }

    [Fact]
    public void Khanh_Hoa_allows_one_day_or_two_for_a_document_with_several_tasks()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), EntryRuleProfile.KhanhHoa.EntryDeadline(Vn(2026, 11, 26, 10), DocumentUrgency.Normal, 1, Calendar));
        Assert.Equal(new DateOnly(2026, 11, 30), EntryRuleProfile.KhanhHoa.EntryDeadline(Vn(2026, 11, 26, 10), DocumentUrgency.Normal, 3, Calendar));
    }

    [Theory]
    [InlineData(14, 59, 2026, 11, 26)]
    [InlineData(15, 0, 2026, 11, 26)]
    [InlineData(15, 1, 2026, 11, 27)]
    public void Dong_Thap_wants_the_same_day_or_the_next_working_day_after_15h(int hour, int minute, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), EntryRuleProfile.DongThap.EntryDeadline(Vn(2026, 11, 26, hour, minute), DocumentUrgency.Normal, 1, Calendar));
    }

    [Fact]
    public void Dong_Thap_after_15h_on_the_eve_of_Tet_means_the_first_working_day_after_the_break()
    {
        Assert.Equal(new DateOnly(2026, 2, 23), EntryRuleProfile.DongThap.EntryDeadline(Vn(2026, 2, 13, 16), DocumentUrgency.Normal, 1, Calendar));
    }

    [Fact]
    public void Urgent_documents_are_due_the_same_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), EntryRuleProfile.Hue.EntryDeadline(Vn(2026, 11, 26, 16), DocumentUrgency.HoaToc, 1, Calendar));
    }

    [Fact]
    public void A_document_registered_after_its_entry_deadline_is_late()
    {
        var document = new DirectiveDocument(DocumentType.CongVan, "05", "UBND-VX", "Về việc thử", new DateOnly(2026, 11, 26), 1, SecrecyLevel.None);

        document.Register(7, Vn(2026, 12, 1, 8), new DateOnly(2026, 11, 30));

        Assert.False(document.EnteredOnTime);
    }
}
