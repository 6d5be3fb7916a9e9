namespace Portal.Domain.Units;

public enum UnitKind
{
    /// <summary>UBND tỉnh: the root of a province's tree.</summary>
    ProvincialCommittee,
    /// <summary>Văn phòng UBND tỉnh.</summary>
    ProvincialOffice,
    /// <summary>Sở, ban, ngành.</summary>
    Department,
    /// <summary>UBND huyện (before July 2025).</summary>
    District,
    /// <summary>UBND xã, phường, đặc khu.</summary>
    Commune,
    /// <summary>Phòng, ban, văn phòng of a unit.</summary>
    Division,
}
