using Portal.Domain.Text;

namespace Portal.Domain.Units;

/// <summary>A node of the organisation tree; any depth. Tasks stay attached to the unit that held them.</summary>
public sealed class Unit
{
    public const int NameMaxLength = 250;
    public const int CodeMaxLength = 30;

    private Unit() { }

    public Unit(string name, string code, UnitKind kind, Unit? parent)
    {
        Rename(name);
        Recode(code);
        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public Unit? Parent { get; private set; }
    public UnitStatus Status { get; private set; } = UnitStatus.Active;
    public int? SuccessorId { get; private set; }
    public string SearchText { get; private set; } = "";
    /// <summary>The person who heads the unit: for a province's People's Committee, its Chairman (to whom tasks past their
    /// last urging notice are reported, hue-71 Điều 8.1e).</summary>
    public int? HeadId { get; private set; }

    public bool IsActive => Status == UnitStatus.Active;

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên đơn vị không được để trống.");
        Name = TextInput.Required(name, NameMaxLength, "Tên đơn vị");
        SearchText = TextFolding.Fold(Name);
    }

    public void SetHead(int? personId) => HeadId = personId;

    /// <summary>In a remote or hard-to-reach area (vùng sâu, vùng xa, đi lại khó khăn): its complaints have longer limits (Luật Khiếu nại Điều 28, 37).</summary>
    public bool IsRemote { get; private set; }

    public void SetRemote(bool remote) => IsRemote = remote;

    public void Recode(string code)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("Mã đơn vị không được để trống.");
        Code = TextInput.Required(code, CodeMaxLength, "Mã đơn vị");
    }

    public void MoveTo(Unit? parent)
    {
        for (var p = parent; p is not null; p = p.Parent)
        {
            if (p == this) throw new DomainException("Không thể chuyển đơn vị vào chính đơn vị con của nó.");
        }
        Parent = parent;
        ParentId = parent?.Id;
    }

    public void MergeInto(Unit successor) => Retire(UnitStatus.Merged, successor);

    public void SplitInto(Unit successor) => Retire(UnitStatus.Split, successor);

    private void Retire(UnitStatus status, Unit successor)
    {
        if (!IsActive) throw new DomainException("Đơn vị này đã ngừng hoạt động.");
        if (successor == this) throw new DomainException("Đơn vị kế thừa phải là một đơn vị khác.");
        if (!successor.IsActive) throw new DomainException("Đơn vị kế thừa đã ngừng hoạt động.");
        Status = status;
        SuccessorId = successor.Id;
    }
}
