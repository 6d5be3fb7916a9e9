namespace Portal.Domain.Units;

/// <summary>The Vietnamese names of the kinds of unit, as the tree and the import template write them.</summary>
public static class UnitKinds
{
    public static string Label(UnitKind kind) => kind switch
    {
        UnitKind.ProvincialCommittee => "UBND tỉnh",
        UnitKind.ProvincialOffice => "Văn phòng UBND tỉnh",
        UnitKind.Department => "Sở, ban, ngành",
        UnitKind.District => "UBND cấp huyện",
        UnitKind.Commune => "UBND cấp xã",
        _ => "Phòng, ban trực thuộc",
    };
}
