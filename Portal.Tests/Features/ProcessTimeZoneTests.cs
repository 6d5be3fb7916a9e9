using Portal.App.Infrastructure;
using Portal.Domain;

namespace Portal.Tests.Features;

public sealed class ProcessTimeZoneTests
{
    [Fact]
    public void After_start_up_the_process_local_today_is_Vietnams_today_so_the_date_pickers_mark_the_right_day()
    {
        ProcessTimeZone.UseVietnam();

        Assert.Equal(TimeSpan.FromHours(7), TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow));
        var vietnamToday = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        Assert.Equal(vietnamToday, DateOnly.FromDateTime(DateTime.Today));
    }
}
