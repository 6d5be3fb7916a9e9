using Bunit;
using Portal.App.Components.Shared;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Features;

/// <summary>The pickers of units and people (issue 14 item 18): typed words, accents ignored, found in the name or the second line.</summary>
public sealed class PickerTests : ComponentTestContext
{
    private static readonly UnitOption[] Units =
    [
        new(1, "Sở Tài chính", "UBND tỉnh Demo"),
        new(2, "Phòng Tổng hợp", "UBND tỉnh Demo › Sở Tài chính"),
        new(3, "Phòng Tổng hợp", "UBND tỉnh Demo › Sở Y tế"),
        new(4, "UBND xã Đồng Tâm", "UBND tỉnh Demo"),
    ];

    [Fact]
    public void Words_typed_without_accents_find_a_unit_by_its_name_or_its_path_and_name_matches_come_first()
    {
        Assert.Equal([4], PickerSearch.Find(Units, "dong tam").Select(u => u.Id));
        Assert.Equal([1, 2], PickerSearch.Find(Units, "TAI CHINH").Select(u => u.Id));
        Assert.Equal([3], PickerSearch.Find(Units, "tong hop y te").Select(u => u.Id));
        Assert.Equal([1, 2, 3, 4], PickerSearch.Find(Units, "  ").Select(u => u.Id));
        Assert.Empty(PickerSearch.Find(Units, "giáo dục"));
    }

    [Fact]
    public void A_person_is_found_by_position_or_unit_and_shown_with_both()
    {
        PersonOption[] people = [new(7, "Trần Thị Hoa", "Chuyên viên", "Văn phòng UBND tỉnh"), new(8, "Lê Văn Đức", "Giám đốc", "Sở Tài chính")];

        Assert.Equal([8], PickerSearch.Find(people, "giam doc").Select(p => p.Id));
        Assert.Equal([7], PickerSearch.Find(people, "van phong hoa").Select(p => p.Id));
        Assert.Equal("Lê Văn Đức – Giám đốc", people[1].Display);
        Assert.Equal("Giám đốc · Sở Tài chính", people[1].Detail);
    }

    [Fact]
    public void The_picker_box_carries_its_id_and_shows_the_chosen_unit()
    {
        var picker = Render<Picker<UnitOption>>(p => p.Add(x => x.Options, Units).Add(x => x.Value, 2).Add(x => x.Id, "unit-box").Add(x => x.Label, "Đơn vị"));

        var box = picker.Find("input#unit-box");
        Assert.Equal("Phòng Tổng hợp", box.GetAttribute("value"));
    }

    [Fact]
    public async Task Unit_options_carry_the_names_of_the_units_above_them()
    {
        await using var db = Database.CreateDbContext();
        var data = await SampleData.SeedAsync(db);
        var division = new Portal.Domain.Units.Unit("Phòng Ngân sách", "PNS", Portal.Domain.Units.UnitKind.Division, data.Finance);
        db.Units.Add(division);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);

        var options = await UnitPaths.OptionsAsync(db, db.Units.Where(u => u.Id == data.Finance.Id || u.ParentId == data.Finance.Id), Xunit.TestContext.Current.CancellationToken);

        var finance = options.Single(o => o.Id == data.Finance.Id);
        Assert.Equal(data.Province.Name, finance.Path);
        Assert.Equal($"{data.Province.Name}{UnitPaths.Separator}{data.Finance.Name}", options.Single(o => o.Id == division.Id).Path);
    }
}
