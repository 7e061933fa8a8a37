using System.Globalization;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Settings of section "Uploads": how large an uploaded file may be.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest evidence or dossier file (PDF, image, Word, Excel), in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 20;

    /// <summary>Largest Excel workbook of targets imported into a plan, in megabytes.</summary>
    public int MaxImportMegabytes { get; set; } = 5;

    /// <summary>Excel imports (upload or confirmation) read at the same time by one web server; more wait their
    /// turn.</summary>
    public int MaxConcurrentImports { get; set; } = 2;

    /// <summary>Imports that may wait for a turn; one more gets the 429 page at once.</summary>
    public int ImportQueueLength { get; set; } = 10;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public long MaxImportBytes => MaxImportMegabytes * 1024L * 1024L;

    /// <summary>"20 MB", as users read it.</summary>
    public string MaxFileText => string.Create(CultureInfo.InvariantCulture, $"{MaxFileMegabytes} MB");

    public string MaxImportText => string.Create(CultureInfo.InvariantCulture, $"{MaxImportMegabytes} MB");

    /// <summary>
    /// The request size allowed to an action that takes <paramref name="files"/> files: one file more than allowed, and
    /// 1 MB of fields, so that a file somewhat over the limit reaches the validator and gets its Vietnamese message;
    /// a larger request is cut off by the server (the 413 page).
    /// </summary>
    public long RequestBytesFor(int files, bool import) => ((files + 1) * (import ? MaxImportBytes : MaxFileBytes)) + (1024L * 1024L);

    public static UploadOptions From(IConfiguration configuration)
    {
        var options = new UploadOptions();
        configuration.GetSection(Section).Bind(options);
        if (options.MaxFileMegabytes is < 1 or > 1024 || options.MaxImportMegabytes is < 1 or > 1024)
        {
            throw new InvalidOperationException("Uploads:MaxFileMegabytes and Uploads:MaxImportMegabytes must be between 1 and 1024.");
        }

        if (options.MaxConcurrentImports < 1 || options.ImportQueueLength < 0)
        {
            throw new InvalidOperationException(
                "Uploads:MaxConcurrentImports must be 1 or more and Uploads:ImportQueueLength 0 or more.");
        }

        return options;
    }
}
