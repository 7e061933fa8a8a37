namespace LangSon.ThiDua.Stress;

/// <summary>
/// The writer's record of acknowledged writes: one marker a line, appended and flushed to disk (fsync) before the write
/// counts as acknowledged. Shared by the writer tasks.
/// </summary>
internal sealed class AckLog : IDisposable
{
    private readonly FileStream file;
    private readonly Lock gate = new();

    public AckLog(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public int Count { get; private set; }

    public void Append(string marker)
    {
        var line = System.Text.Encoding.UTF8.GetBytes(marker + "\n");
        lock (gate)
        {
            file.Write(line);
            file.Flush(flushToDisk: true);
            Count++;
        }
    }

    public void Dispose() => file.Dispose();
}
