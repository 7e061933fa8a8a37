using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>
/// Reads one row of the "Sổ khen thưởng" sheet into a register line: the kind and gender only from their lists, dates
/// as real Excel dates or typed dd/MM/yyyy, the unit and the award form by their folded names. One message per cell:
/// the first problem found is the one to fix.
/// </summary>
internal sealed class AwardImportRowReader(ImportRow row, AwardImportContext context)
{
    private readonly Dictionary<ImportColumn, string> refusals = [];

    public IEnumerable<AwardImportError> Errors => refusals.OrderBy(r => r.Key.Number)
        .Select(r => new AwardImportError(row.RowNumber, r.Key.Name, r.Value));

    /// <summary>The line, or null when a cell is refused.</summary>
    public AwardRecord? Read()
    {
        foreach (var column in AwardImportColumns.All.Where(c => Cell(c).Unreadable))
        {
            Refuse(column, "Không đọc được giá trị của ô (công thức không tính được?). Hãy nhập trực tiếp giá trị.");
        }

        var kind = ReadKind();
        var person = kind != NomineeKind.Collective;
        var name = Text(AwardImportColumns.Name, 300, required: true);
        var decided = ReadDate(AwardImportColumns.DecisionDate, required: true);
        var born = person ? ReadDate(AwardImportColumns.DateOfBirth, required: false) : Blank<DateOnly>(
            AwardImportColumns.DateOfBirth, "Tập thể không có ngày sinh; hãy để trống ô này.");
        var gender = person ? ReadGender() : Blank<Gender>(AwardImportColumns.Gender,
            "Tập thể không có giới tính; hãy để trống ô này.");
        if (decided is { } on && on > context.Today)
        {
            Refuse(AwardImportColumns.DecisionDate, "Ngày quyết định không được sau hôm nay.");
        }

        if (born is { } birth && decided is { } day && birth >= day)
        {
            Refuse(AwardImportColumns.DateOfBirth, "Ngày sinh phải trước ngày quyết định.");
        }

        var position = Text(AwardImportColumns.Position, 200, required: false);
        var unit = ReadUnit();
        var form = ReadForm();
        var number = Text(AwardImportColumns.DecisionNumber, 50, required: true);
        var issuer = Text(AwardImportColumns.Issuer, 200, required: true);
        var campaign = Text(AwardImportColumns.Campaign, 500, required: false);
        var achievement = Text(AwardImportColumns.Achievement, AwardRecord.AchievementMaxLength, required: false);
        if (refusals.Count > 0)
        {
            return null;
        }

        return AwardRecord.Imported(kind!.Value, name!, unit!.Value.Name, unit.Value.Id, form!,
            new AwardRecordDecision(number!, decided!.Value, issuer!), born, gender, position, campaign, achievement);
    }

    private CellText Cell(ImportColumn column) => row.Values[column.Number - 1];

    private void Refuse(ImportColumn column, string message) => refusals.TryAdd(column, message);

    private string? Text(ImportColumn column, int max, bool required)
    {
        var cell = Cell(column);
        if (cell.IsBlank)
        {
            if (required)
            {
                Refuse(column, $"Hãy nhập {column.Name.ToLower(Vietnamese.Culture)}.");
            }

            return null;
        }

        var text = cell.Text.Trim();
        if (text.Length > max)
        {
            Refuse(column, $"Tối đa {max} ký tự (ô đang có {text.Length} ký tự).");
        }

        return text;
    }

    private T? Blank<T>(ImportColumn column, string message)
        where T : struct
    {
        if (!Cell(column).IsBlank)
        {
            Refuse(column, message);
        }

        return null;
    }

    private NomineeKind? ReadKind()
    {
        var cell = Cell(AwardImportColumns.Kind);
        var folded = TextFolding.Fold(cell.Text);
        if (folded == TextFolding.Fold(AwardImportColumns.Individual))
        {
            return NomineeKind.Individual;
        }

        if (folded == TextFolding.Fold(AwardImportColumns.Collective))
        {
            return NomineeKind.Collective;
        }

        Refuse(AwardImportColumns.Kind, folded.Length == 0
            ? $"Hãy chọn \"{AwardImportColumns.Individual}\" hoặc \"{AwardImportColumns.Collective}\"."
            : $"Loại \"{cell.Text}\" không hợp lệ; chỉ chọn \"{AwardImportColumns.Individual}\" hoặc "
                + $"\"{AwardImportColumns.Collective}\".");
        return null;
    }

    private Gender? ReadGender()
    {
        var cell = Cell(AwardImportColumns.Gender);
        var folded = TextFolding.Fold(cell.Text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (folded == TextFolding.Fold(AwardImportColumns.Male))
        {
            return Gender.Male;
        }

        if (folded == TextFolding.Fold(AwardImportColumns.Female))
        {
            return Gender.Female;
        }

        Refuse(AwardImportColumns.Gender, $"Giới tính \"{cell.Text}\" không hợp lệ; chỉ ghi "
            + $"\"{AwardImportColumns.Male}\" hoặc \"{AwardImportColumns.Female}\".");
        return null;
    }

    /// <summary>A date cell as it is; a text cell only as the forms read a date (<see cref="VietnameseDate"/>).
    /// </summary>
    private DateOnly? ReadDate(ImportColumn column, bool required)
    {
        var cell = Cell(column);
        if (cell.IsBlank)
        {
            if (required)
            {
                Refuse(column, VietnameseDate.Missing);
            }

            return null;
        }

        if (cell.Date is { } moment)
        {
            return DateOnly.FromDateTime(moment);
        }

        if (cell.Number is null && VietnameseDate.TryParse(cell.Text, out var date))
        {
            return date;
        }

        Refuse(column, $"{VietnameseDate.Message} Ô đang ghi \"{cell.Text}\".");
        return null;
    }

    private (int Id, string Name)? ReadUnit()
    {
        var text = Text(AwardImportColumns.Unit, 300, required: true);
        if (text is null)
        {
            return null;
        }

        if (context.Units.TryGetValue(AwardImportCheck.Key(text), out var unit))
        {
            return unit;
        }

        Refuse(AwardImportColumns.Unit, $"Không có đơn vị \"{text}\" trong danh sách đơn vị của Cổng; hãy ghi đúng "
            + "tên đơn vị như trang \"Danh mục\" của tệp mẫu.");
        return null;
    }

    private AwardForm? ReadForm()
    {
        var text = Text(AwardImportColumns.Form, 300, required: true);
        if (text is null)
        {
            return null;
        }

        if (context.Forms.TryGetValue(AwardImportCheck.Key(text), out var form))
        {
            return form;
        }

        var names = string.Join("; ", context.Forms.Values.Select(f => f.Name).Distinct());
        Refuse(AwardImportColumns.Form, $"Không có hình thức khen thưởng \"{text}\"; chỉ chọn một trong: {names}.");
        return null;
    }
}
