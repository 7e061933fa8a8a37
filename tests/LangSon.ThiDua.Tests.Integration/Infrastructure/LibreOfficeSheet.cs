using System.Diagnostics;
using System.Text;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>
/// A second reader of the workbooks besides ClosedXML: LibreOffice Calc (Debian's libreoffice-calc-nogui, installed by
/// scripts/prerequisites.sh for the tests) converts the first sheet to CSV headless, every cell as Calc shows it.
/// One conversion at a time, each with a profile of its own.
/// </summary>
public static class LibreOfficeSheet
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The first sheet's rows, each cell's text as shown (its number format applied).</summary>
    public static async Task<IReadOnlyList<string[]>> ShownRowsAsync(byte[] workbook)
    {
        var folder = Directory.CreateTempSubdirectory("thidua-calc-");
        await Gate.WaitAsync();
        try
        {
            var input = Path.Combine(folder.FullName, "sheet.xlsx");
            await File.WriteAllBytesAsync(input, workbook);
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo("soffice")
            {
                // CSV: comma, double quote, UTF-8 (76); cells as shown is the filter's default.
                ArgumentList =
                {
                    $"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.FullName, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var csv = Path.Combine(folder.FullName, "sheet.csv");
            var errors = await process.StandardError.ReadToEndAsync();
            Assert.True(File.Exists(csv), $"LibreOffice did not convert the workbook: {errors}");
            return Parse(await File.ReadAllTextAsync(csv, Encoding.UTF8));
        }
        finally
        {
            Gate.Release();
            folder.Delete(recursive: true);
        }
    }

    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add([.. cells]);
                cells.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
