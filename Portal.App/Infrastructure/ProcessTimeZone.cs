using Portal.Domain;

namespace Portal.App.Infrastructure;

/// <summary>
/// The process's local time is Vietnam time, whatever zone the server is set to: components that read the local clock
/// themselves (MudBlazor's date pickers mark "today" from <see cref="DateTime.Today"/>) then agree with the regulations'
/// day. The portal's own rules never read the local clock; they take Vietnam time from <see cref="TimeProvider"/>.
/// </summary>
public static class ProcessTimeZone
{
    public static void UseVietnam()
    {
        if (TimeZoneInfo.Local.Id == VietnamTime.Zone.Id) return;
        // On Linux and macOS .NET reads the local zone from TZ; Windows servers of the province are set to SE Asia already.
        Environment.SetEnvironmentVariable("TZ", VietnamTime.Zone.Id);
        TimeZoneInfo.ClearCachedData();
    }
}
