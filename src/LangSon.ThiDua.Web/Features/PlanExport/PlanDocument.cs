using FluentValidation;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Web.Infrastructure.Documents;

namespace LangSon.ThiDua.Web.Features.PlanExport;

/// <summary>What the unit may change on its Kế hoạch before printing; empty fields take the defaults from the data.</summary>
public sealed class PlanPrintForm : OfficialPrintForm;

public sealed class PlanPrintFormValidator : OfficialPrintFormValidator<PlanPrintForm>;

/// <summary>The Kế hoạch triển khai of a unit as an administrative document.</summary>
public sealed class PlanDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode { get; init; }

    public required PlanExportModel Plan { get; init; }

    public required string LegalBasis { get; init; }

    public string? Summary { get; init; }
}

public sealed class PlanPrintViewModel
{
    public int PlanId { get; init; }

    public required string UnitName { get; init; }

    public required Units.UnitSignerPanel Signer { get; init; }

    public required PlanPrintForm Form { get; init; }
}
