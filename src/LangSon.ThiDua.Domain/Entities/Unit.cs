using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public enum UnitKind
{
    [Display(Name = "Sở, ban, ngành tỉnh")]
    ProvincialAgency = 0,

    [Display(Name = "UBND xã")]
    Commune = 1,

    [Display(Name = "UBND phường")]
    Ward = 2,

    [Display(Name = "Mặt trận, đoàn thể")]
    MassOrganisation = 3,

    [Display(Name = "Cơ quan báo chí")]
    Press = 4,

    [Display(Name = "Khác")]
    Other = 5,
}

/// <summary>Cơ quan, đơn vị. Units are renamed and merged, so they are deactivated, never deleted.</summary>
public sealed class Unit
{
    private string name = string.Empty;

    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name
    {
        get => name;
        set
        {
            name = value;
            SearchName = TextFolding.Fold(value);
        }
    }

    /// <summary>The folded name (no diacritics, lower case), kept for searching.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public UnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public int? EmulationGroupId { get; set; }

    public EmulationGroup? EmulationGroup { get; set; }

    /// <summary>For communes: the former district(s) it belongs to.</summary>
    public string? FormerDistrict { get; set; }

    /// <summary>For communes formed on 01/7/2025: the units it was formed from.</summary>
    public string? FormedFrom { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// The head who signs the unit's documents ("Phạm Quốc Khánh"); empty until Admin or the head sets it.
    /// </summary>
    public string? HeadName { get; set; }

    /// <summary>The head's title as a signature prints it, without the unit's name: "Giám đốc", "Chủ tịch".</summary>
    public string? HeadTitle { get; set; }

    public bool IsActive { get; private set; } = true;

    public bool IsCommuneLevel => Kind is UnitKind.Commune or UnitKind.Ward;

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"Đơn vị \"{Name}\" đã ngừng hoạt động.");
        }

        IsActive = false;
    }

    public void Reactivate()
    {
        if (IsActive)
        {
            throw new DomainException($"Đơn vị \"{Name}\" đang hoạt động.");
        }

        IsActive = true;
    }
}

public enum EmulationGroupKind
{
    [Display(Name = "Khối thi đua")]
    Sector = 0,

    [Display(Name = "Cụm thi đua")]
    Territory = 1,
}

/// <summary>Khối thi đua (by sector) or cụm thi đua (by territory), with a leading unit.</summary>
public sealed class EmulationGroup
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public EmulationGroupKind Kind { get; set; }

    public int? LeadUnitId { get; set; }

    public Unit? LeadUnit { get; set; }

    public string? Description { get; set; }

    public List<Unit> Units { get; set; } = [];
}
