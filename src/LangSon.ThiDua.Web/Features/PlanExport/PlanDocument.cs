using FluentValidation;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Web.Infrastructure.Documents;

namespace LangSon.ThiDua.Web.Features.PlanExport;

/// <summary>What the unit may change on its Kế hoạch before printing; empty fields take the defaults from the data.</summary>
public sealed class PlanPrintForm
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>Nơi nhận, one per line.</summary>
    public string? Recipients { get; set; }

    /// <summary>true: the HTML in the browser (Xem trước); false: the PDF file.</summary>
    public bool Preview { get; set; }
}

public sealed class PlanPrintFormValidator : AbstractValidator<PlanPrintForm>
{
    public PlanPrintFormValidator()
    {
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số văn bản không quá 50 ký tự.");
        RuleFor(f => f.SignerAuthority).MaximumLength(100).WithMessage("Dòng thẩm quyền ký không quá 100 ký tự.");
        RuleFor(f => f.SignerTitle).MaximumLength(100).WithMessage("Chức vụ người ký không quá 100 ký tự.");
        RuleFor(f => f.SignerName).MaximumLength(100).WithMessage("Họ tên người ký không quá 100 ký tự.");
        RuleFor(f => f.Recipients).MaximumLength(1000).WithMessage("Nơi nhận không quá 1.000 ký tự.");
    }
}

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

    public required PlanPrintForm Form { get; init; }
}
