using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>A refused cell: "Dòng 7, cột Ngày sinh: …"; row 0 is the file as a whole.</summary>
public sealed record AwardImportError(int RowNumber, string ColumnName, string Message)
{
    public override string ToString() =>
        RowNumber == 0 ? Message : $"Dòng {RowNumber}, cột {ColumnName}: {Message}";
}

/// <summary>What the import compares a row with: the portal's units and award forms (by folded name), the lines
/// already in the register (<see cref="AwardRecord.DuplicateKey()"/>) and today.</summary>
public sealed record AwardImportContext(
    IReadOnlyDictionary<string, (int Id, string Name)> Units, IReadOnlyDictionary<string, AwardForm> Forms,
    IReadOnlySet<string> Existing, DateOnly Today);

/// <summary>
/// The rows of an uploaded register sheet, each read into an <see cref="AwardRecord"/> (<see
/// cref="AwardImportRowReader"/>) or refused at its cells. A row already in the register (or earlier in the file) is
/// skipped, not refused. One refused cell refuses the file: nothing is saved while an error remains.
/// </summary>
public sealed class AwardImportCheck
{
    /// <summary>Every non-empty row as typed, in file order.</summary>
    public IReadOnlyList<ImportRow> Preview { get; init; } = [];

    public IReadOnlyList<AwardImportError> Errors { get; init; } = [];

    /// <summary>Row number → why it is skipped ("đã có trong sổ").</summary>
    public IReadOnlyDictionary<int, string> Skipped { get; init; } = new Dictionary<int, string>();

    /// <summary>The new lines, in file order; none unless every row is valid.</summary>
    public IReadOnlyList<AwardRecord> Records { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public static AwardImportCheck Of(ImportResult sheet, AwardImportContext context)
    {
        var errors = sheet.Errors.Select(e => new AwardImportError(e.RowNumber, e.ColumnName, e.Message)).ToList();
        var records = new List<AwardRecord>();
        var skipped = new Dictionary<int, string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Preview)
        {
            var reader = new AwardImportRowReader(row, context);
            var record = reader.Read();
            errors.AddRange(reader.Errors);
            if (record is null)
            {
                continue;
            }

            var key = record.DuplicateKey();
            if (context.Existing.Contains(key))
            {
                skipped[row.RowNumber] = "Đã có trong sổ khen thưởng: bỏ qua.";
            }
            else if (seen.TryGetValue(key, out var earlier))
            {
                skipped[row.RowNumber] = $"Trùng với dòng {earlier} của tệp: bỏ qua.";
            }
            else
            {
                seen[key] = row.RowNumber;
                records.Add(record);
            }
        }

        return new AwardImportCheck
        {
            Preview = sheet.Preview,
            Errors = errors,
            Skipped = skipped,
            Records = errors.Count == 0 ? records : [],
        };
    }

    /// <summary>The folded key a unit's or a form's name is looked up by.</summary>
    public static string Key(string name) => TextFolding.Fold(name);
}
