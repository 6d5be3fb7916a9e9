using MudBlazor;

namespace Portal.App.Components.Layout;

internal static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9b1c1c",
            Secondary = "#1f4e79",
            AppbarBackground = "#9b1c1c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
