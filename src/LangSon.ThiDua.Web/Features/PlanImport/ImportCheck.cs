using FluentValidation;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Web.Features.Targets;
using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Web.Features.PlanImport;

/// <summary>
/// The rows of an uploaded sheet, each checked as if it had been typed into the target form: read into a
/// <see cref="TargetForm"/> (<see cref="ImportRowReader"/>), then checked by the form's own
/// <see cref="TargetFormValidator"/> and campaign dates. Every refusal names its cell; one refused row refuses the
/// file.
/// </summary>
public sealed class ImportCheck
{
    private static readonly Dictionary<string, ImportColumn> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(TargetForm.ContentAreaId)] = TargetColumns.Area,
        [nameof(TargetForm.Title)] = TargetColumns.Title,
        [nameof(TargetForm.MeasureKind)] = TargetColumns.Kind,
        [nameof(TargetForm.UnitOfMeasure)] = TargetColumns.UnitOfMeasure,
        [nameof(TargetForm.Direction)] = TargetColumns.Direction,
        [nameof(TargetForm.Baseline)] = TargetColumns.Baseline,
        [nameof(TargetForm.TargetValue)] = TargetColumns.TargetValue,
        [nameof(TargetForm.ResponsibleName)] = TargetColumns.ResponsibleName,
        [nameof(TargetForm.ResponsiblePosition)] = TargetColumns.ResponsiblePosition,
        [nameof(TargetForm.Deadline)] = TargetColumns.Deadline,
    };

    /// <summary>Every non-empty row as typed, in file order, valid or not.</summary>
    public IReadOnlyList<ImportRow> Preview { get; init; } = [];

    /// <summary>The file's errors, then each cell's ("Ô G3 (Giá trị mục tiêu): …"), in file order.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>The targets to add, in file order; none unless every row is valid.</summary>
    public IReadOnlyList<TargetForm> Targets { get; init; } = [];

    public bool IsValid => Errors.Count == 0 && Targets.Count > 0;

    public static ImportCheck Of(ImportResult sheet, ImportPlanHeader plan, IValidator<TargetForm> validator)
    {
        var errors = sheet.Errors.ToList();
        var forms = new List<TargetForm>();
        foreach (var row in sheet.Preview)
        {
            var reader = new ImportRowReader(row, plan.Areas);
            var form = reader.Read();
            form.PlanId = plan.Id;
            foreach (var failure in validator.Validate(form).Errors)
            {
                reader.Refuse(ColumnOf[failure.PropertyName], failure.ErrorMessage);
            }

            if (form.Deadline is { } deadline && TargetFormValidator.DeadlineOutsideCampaign(
                    deadline, plan.CampaignStart, plan.CampaignEnd) is { } outside)
            {
                reader.Refuse(TargetColumns.Deadline, outside);
            }

            errors.AddRange(reader.Errors);
            forms.Add(form);
        }

        return new ImportCheck { Preview = sheet.Preview, Errors = errors, Targets = errors.Count == 0 ? forms : [] };
    }
}
