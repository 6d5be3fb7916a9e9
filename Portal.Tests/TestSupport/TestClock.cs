using Microsoft.Extensions.Time.Testing;
using Portal.Domain;

namespace Portal.Tests.TestSupport;

public static class TestClock
{
    /// <summary>A fake clock standing at a Vietnam wall-clock time.</summary>
    public static FakeTimeProvider At(int year, int month, int day, int hour = 9, int minute = 0)
    {
        var clock = new FakeTimeProvider(VietnamTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute)));
        clock.SetLocalTimeZone(VietnamTime.Zone);
        return clock;
    }

    public static DateTimeOffset Vn(int year, int month, int day, int hour = 9, int minute = 0) =>
        VietnamTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));
}
