namespace Portal.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar computed from the astronomical rules (new moons and the sun's
/// longitude after Meeus, "Astronomical Algorithms"), at the meridian 105°E (UTC+7):
/// a month starts on the day of a new moon, the month holding the winter solstice is month 11, and
/// in a year of 13 months the leap month is the first one without a principal term (trung khí).
/// .NET's ChineseLunisolarCalendar computes at UTC+8 and gives other dates in some years.
/// </summary>
public static class VietnameseLunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double Epoch = 2415021.076998695; // the new moon of 1900-01-01, in Julian days

    public static DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay) =>
        ToGregorian(lunarYear, lunarMonth, lunarDay, leapMonth: false);

    public static DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarYear, 1800);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarYear, 2199);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, 30);

        var (a11, b11) = lunarMonth < 11
            ? (Month11Start(lunarYear - 1), Month11Start(lunarYear))
            : (Month11Start(lunarYear), Month11Start(lunarYear + 1));
        var k = (int)Math.Floor(0.5 + (a11 - Epoch) / SynodicMonth);
        var offset = lunarMonth - 11;
        if (offset < 0) offset += 12;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leap = leapOffset - 2;
            if (leap < 0) leap += 12;
            if (leapMonth && lunarMonth != leap)
                throw new ArgumentOutOfRangeException(nameof(leapMonth), $"Năm âm lịch {lunarYear} không có tháng {lunarMonth} nhuận.");
            if (leapMonth || offset >= leapOffset) offset++;
        }
        else if (leapMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(leapMonth), $"Năm âm lịch {lunarYear} không có tháng nhuận.");
        }

        var monthStart = NewMoonDay(k + offset);
        var nextMonthStart = NewMoonDay(k + offset + 1);
        if (lunarDay > nextMonthStart - monthStart)
            throw new ArgumentOutOfRangeException(nameof(lunarDay), $"Tháng {lunarMonth} âm lịch năm {lunarYear} chỉ có {nextMonthStart - monthStart} ngày.");
        return FromJulianDay(monthStart + lunarDay - 1);
    }

    /// <summary>The lunar date (year, month, day, leap) of a Gregorian day.</summary>
    public static (int Year, int Month, int Day, bool Leap) FromGregorian(DateOnly date)
    {
        var dayNumber = ToJulianDay(date);
        var k = (int)Math.Floor((dayNumber - Epoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber) monthStart = NewMoonDay(k);
        var a11 = Month11Start(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11Start(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11Start(date.Year + 1);
        }
        var lunarDay = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var leap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                lunarMonth = diff + 10;
                if (diff == leapOffset) leap = true;
            }
        }
        if (lunarMonth > 12) lunarMonth -= 12;
        if (lunarMonth >= 11 && diff < 4) lunarYear--;
        return (lunarYear, lunarMonth, lunarDay, leap);
    }

    private static int ToJulianDay(DateOnly date) => date.DayNumber + 1721426;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);

    // Julian day of the k-th new moon after the 1900-01-01 new moon (Meeus ch. 49, simplified terms).
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                 + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var correction = (0.1734 - 0.000393 * t) * Math.Sin(sunAnomaly * dr) + 0.0021 * Math.Sin(2 * dr * sunAnomaly)
                         - 0.4068 * Math.Sin(moonAnomaly * dr) + 0.0161 * Math.Sin(dr * 2 * moonAnomaly)
                         - 0.0004 * Math.Sin(dr * 3 * moonAnomaly)
                         + 0.0104 * Math.Sin(dr * 2 * latitude) - 0.0051 * Math.Sin(dr * (sunAnomaly + moonAnomaly))
                         - 0.0074 * Math.Sin(dr * (sunAnomaly - moonAnomaly)) + 0.0004 * Math.Sin(dr * (2 * latitude + sunAnomaly))
                         - 0.0004 * Math.Sin(dr * (2 * latitude - sunAnomaly)) - 0.0006 * Math.Sin(dr * (2 * latitude + moonAnomaly))
                         + 0.0010 * Math.Sin(dr * (2 * latitude - moonAnomaly)) + 0.0005 * Math.Sin(dr * (2 * moonAnomaly + sunAnomaly));
        // ΔT (dynamical minus universal time), in days
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    // The sun's apparent longitude in radians, normalised to [0, 2π), at Julian day jdn (Meeus ch. 25).
    private static double SunLongitude(double jdn)
    {
        var t = (jdn - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * meanAnomaly)
                     + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * meanAnomaly)
                     + 0.000290 * Math.Sin(dr * 3 * meanAnomaly);
        var longitude = (meanLongitude + center) * dr;
        longitude -= Math.PI * 2 * Math.Floor(longitude / (Math.PI * 2));
        return longitude;
    }

    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24);

    // Which of the twelve 30° sectors the sun is in at the start of the local day (0 = from the spring equinox).
    private static int SunSector(int dayNumber) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - TimeZone / 24) / Math.PI * 6);

    // The first day of the lunar month that contains the winter solstice of the Gregorian year.
    private static int Month11Start(int year)
    {
        var offset = ToJulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        if (SunSector(newMoon) >= 9) newMoon = NewMoonDay(k - 1);
        return newMoon;
    }

    // Position, counted from month 11, of the first month without a principal term.
    private static int LeapMonthOffset(int month11Start)
    {
        var k = (int)Math.Floor((month11Start - Epoch) / SynodicMonth + 0.5);
        var i = 1;
        var sector = SunSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = sector;
            i++;
            sector = SunSector(NewMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }
}
