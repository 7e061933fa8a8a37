using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure.Documents;

namespace LangSon.ThiDua.Web.Features.DecisionDocuments;

/// <summary>What Sở Nội vụ may change before printing the draft; empty fields take the defaults from the decision.</summary>
public sealed class DecisionPrintForm : OfficialPrintForm
{
    /// <summary>The Sở Nội vụ's Tờ trình the decision answers ("Xét đề nghị … tại Tờ trình số …"): its number.</summary>
    public string? ProposalNumber { get; set; }

    public DateOnly? ProposalDate { get; set; }
}

public sealed class DecisionPrintFormValidator : OfficialPrintFormValidator<DecisionPrintForm>
{
    public DecisionPrintFormValidator()
    {
        RuleFor(f => f.ProposalNumber).MaximumLength(50).WithMessage("Số Tờ trình của Sở Nội vụ không quá 50 ký tự.");
    }
}

/// <summary>One nominee of the decision, with the council's count when the dossier passed (counts only, never a vote).</summary>
public sealed record DecisionDocumentNominee(
    NomineeKind Kind, string Name, string? Position, string? Workplace, string UnitName, int? Agree, int? Present);

/// <summary>A council session that passed some of the decision's nominees: when, and how many members sat.</summary>
public sealed record DecisionSessionSummary(DateOnly MeetingDate, int Members, int Present);

/// <summary>
/// The draft Quyết định khen thưởng (kind Decision) or the province's Tờ trình to the Prime Minister (kind
/// ForwardingSubmission), with the list annexed.
/// </summary>
public sealed class DecisionDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode { get; init; }

    public AwardDecisionKind Kind { get; init; }

    public required string AwardFormName { get; init; }

    /// <summary>"phong trào thi đua lập thành tích …" (lower case first letter, to follow "trong").</summary>
    public required string CampaignPhrase { get; init; }

    /// <summary>The campaign's legal basis, one instrument per line ("Quyết định số 2437/QĐ-TTg …", "Kế hoạch …").</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>"Tờ trình số 215/TTr-SNV ngày 20/12/2025", or with blanks for the văn thư.</summary>
    public required string ProposalReference { get; init; }

    public IReadOnlyList<DecisionDocumentNominee> Nominees { get; init; } = [];

    public IReadOnlyList<DecisionSessionSummary> Sessions { get; init; } = [];

    public required NomineeList Annex { get; init; }

    public int CollectiveCount => Nominees.Count(n => n.Kind == NomineeKind.Collective);

    public int IndividualCount => Nominees.Count(n => n.Kind == NomineeKind.Individual);

    /// <summary>"3 tập thể và 5 cá nhân", "2 cá nhân".</summary>
    public string CountPhrase => (CollectiveCount, IndividualCount) switch
    {
        (> 0, > 0) => $"{CollectiveCount:N0} tập thể và {IndividualCount:N0} cá nhân",
        (> 0, _) => $"{CollectiveCount:N0} tập thể",
        _ => $"{IndividualCount:N0} cá nhân",
    };
}

public sealed class DecisionPrintViewModel
{
    public int DecisionId { get; init; }

    public AwardDecisionKind Kind { get; init; }

    /// <summary>The number as recorded, for the breadcrumb.</summary>
    public required string RecordedNumber { get; init; }

    public required DecisionPrintForm Form { get; init; }

    public string DocumentName => Kind == AwardDecisionKind.Decision ? "Dự thảo Quyết định" : "Tờ trình";
}
