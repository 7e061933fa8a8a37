using System.Diagnostics;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>The portal's text log files (Serilog writes them under DataDirectory/logs), read while the portal runs.</summary>
public static class PortalLog
{
    /// <summary>All the log text once <paramref name="marker"/> appears in it, or what there is when the time is up.</summary>
    public static async Task<string> WaitForAsync(string dataDirectory, string marker, TimeSpan limit)
    {
        var folder = Path.Combine(dataDirectory, "logs");
        var watch = Stopwatch.StartNew();
        var text = "";
        while (!text.Contains(marker, StringComparison.Ordinal) && watch.Elapsed < limit)
        {
            await Task.Delay(100);
            text = Directory.Exists(folder) ? string.Concat(Directory.GetFiles(folder).Select(ReadShared)) : "";
        }

        return text;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
