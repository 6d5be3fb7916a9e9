using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Portal.App.Components.Shared;

/// <summary>
/// A MudBlazor icon (its SVG path markup, from <c>Icons.Material…</c>) as plain markup: the same look as <c>MudIcon</c>,
/// rendered inline by the page instead of as a component of its own, for the parts of the UI on every open page.
/// </summary>
public static class SvgIcon
{
    public static RenderFragment Of(string icon, string classes = "mud-icon-size-medium") => builder => Render(builder, icon, classes);

    private static void Render(RenderTreeBuilder builder, string icon, string classes)
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon {classes}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    }
}
