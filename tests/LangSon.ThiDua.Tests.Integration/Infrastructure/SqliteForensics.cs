using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>
/// One record of a b-tree leaf as it sits in a copy of the file: which page, where in the page, its values.
/// </summary>
public sealed record RawCell(int Page, int Offset, IReadOnlyList<object?> Values);

/// <summary>
/// Reads a copy of a SQLite database the way someone who copied the files would: straight from the bytes (file format
/// of sqlite.org/fileformat2.html), not through SQL. It walks the b-tree of a table or an index and returns every
/// record of its leaves with the page and the offset of its cell. SQLite fills a page's cell content area from the
/// end of the page towards its start, so within a page a higher offset means an earlier insertion: exactly what an
/// attacker orders cells by. With a WAL file beside the copy, the newest frame of each page replaces the main file's.
/// </summary>
public sealed class SqliteForensics
{
    private readonly Dictionary<int, byte[]> pages = [];

    private SqliteForensics(int pageSize) => PageSize = pageSize;

    public int PageSize { get; }

    /// <summary>
    /// The copy's bytes, page by page, with the frames of <paramref name="walPath"/> (when given) on top.
    /// </summary>
    public static SqliteForensics Open(string databasePath, string? walPath = null)
    {
        var bytes = File.ReadAllBytes(databasePath);
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(16, 2)) is var size && size == 1
            ? 65536
            : size;
        var reader = new SqliteForensics(pageSize);
        for (var number = 1; number * pageSize <= bytes.Length; number++)
        {
            reader.pages[number] = bytes.AsSpan((number - 1) * pageSize, pageSize).ToArray();
        }

        if (walPath is not null && File.Exists(walPath))
        {
            foreach (var (number, page) in WalFrames(walPath, pageSize))
            {
                reader.pages[number] = page;
            }
        }

        return reader;
    }

    /// <summary>
    /// The committed frames of a WAL file in file order: page number and page image (header: 32 bytes,
    /// frame: 24 + page). A frame counts when its salts are the header's (older frames of an earlier WAL generation
    /// may lie after the current ones) and a commit frame follows it.
    /// </summary>
    public static IEnumerable<(int Page, byte[] Image)> WalFrames(string walPath, int pageSize)
    {
        var wal = File.ReadAllBytes(walPath);
        if (wal.Length < 32)
        {
            yield break;
        }

        var salts = wal.AsSpan(16, 8).ToArray();
        var pending = new List<(int, byte[])>();
        for (var at = 32; at + 24 + pageSize <= wal.Length; at += 24 + pageSize)
        {
            if (!wal.AsSpan(at + 8, 8).SequenceEqual(salts))
            {
                yield break;
            }

            pending.Add(((int)BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(at, 4)),
                wal.AsSpan(at + 24, pageSize).ToArray()));
            if (BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(at + 4, 4)) != 0)
            {
                foreach (var frame in pending)
                {
                    yield return frame;
                }

                pending.Clear();
            }
        }
    }

    /// <summary>Root pages of the tables and indexes, from the schema table on page 1 (read from bytes too).</summary>
    public Dictionary<string, int> RootPages() =>
        Cells(1, tableTree: true).ToDictionary(c => (string)c.Values[1]!,
            c => Convert.ToInt32(c.Values[3], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The records of the b-tree rooted at <paramref name="root"/>, with where each cell sits.</summary>
    public List<RawCell> Cells(int root, bool tableTree)
    {
        var found = new List<RawCell>();
        Walk(root, tableTree, found);
        return found;
    }

    private void Walk(int number, bool tableTree, List<RawCell> found)
    {
        var page = pages[number];
        var header = number == 1 ? 100 : 0;
        var kind = page[header];
        var cellCount = BinaryPrimitives.ReadUInt16BigEndian(page.AsSpan(header + 3, 2));
        var interior = kind is 0x02 or 0x05;
        var pointers = header + (interior ? 12 : 8);
        for (var i = 0; i < cellCount; i++)
        {
            var offset = BinaryPrimitives.ReadUInt16BigEndian(page.AsSpan(pointers + (2 * i), 2));
            int at = offset;
            if (interior)
            {
                Walk((int)BinaryPrimitives.ReadUInt32BigEndian(page.AsSpan(offset, 4)), tableTree, found);
                if (tableTree)
                {
                    continue;
                }

                // An index keeps records in its interior cells too (after the child pointer), not only in its leaves.
                at += 4;
            }

            var payloadSize = (int)Varint(page, ref at);
            if (tableTree)
            {
                Varint(page, ref at);
            }

            found.Add(new RawCell(number, offset, Record(Payload(page, at, payloadSize, tableTree))));
        }

        if (interior)
        {
            Walk((int)BinaryPrimitives.ReadUInt32BigEndian(page.AsSpan(header + 8, 4)), tableTree, found);
        }
    }

    /// <summary>
    /// The cell's payload, following overflow pages when it does not fit in the page (fileformat2 §1.6).
    /// </summary>
    private byte[] Payload(byte[] page, int at, int size, bool tableTree)
    {
        var usable = PageSize;
        var maxLocal = tableTree ? usable - 35 : ((usable - 12) * 64 / 255) - 23;
        if (size <= maxLocal)
        {
            return page.AsSpan(at, size).ToArray();
        }

        var minLocal = ((usable - 12) * 32 / 255) - 23;
        var local = minLocal + ((size - minLocal) % (usable - 4));
        if (local > maxLocal)
        {
            local = minLocal;
        }

        var payload = new List<byte>(page.AsSpan(at, local).ToArray());
        var next = (int)BinaryPrimitives.ReadUInt32BigEndian(page.AsSpan(at + local, 4));
        while (next != 0 && payload.Count < size)
        {
            var overflow = pages[next];
            payload.AddRange(overflow.AsSpan(4, Math.Min(usable - 4, size - payload.Count)).ToArray());
            next = (int)BinaryPrimitives.ReadUInt32BigEndian(overflow.AsSpan(0, 4));
        }

        return [.. payload];
    }

    /// <summary>A record: header of serial types, then the values (fileformat2 §2.1).</summary>
    private static List<object?> Record(byte[] payload)
    {
        var at = 0;
        var headerSize = (int)Varint(payload, ref at);
        var types = new List<long>();
        while (at < headerSize)
        {
            types.Add(Varint(payload, ref at));
        }

        var values = new List<object?>();
        at = headerSize;
        foreach (var type in types)
        {
            values.Add(type switch
            {
                0 => null,
                >= 1 and <= 6 => Integer(payload, ref at, type),
                7 => BitConverter.Int64BitsToDouble(
                    BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(Advance(ref at, 8), 8))),
                8 => 0L,
                9 => 1L,
                >= 12 when type % 2 == 0 =>
                    payload.AsSpan(Advance(ref at, (int)((type - 12) / 2)), (int)((type - 12) / 2)).ToArray(),
                >= 13 =>
                    Encoding.UTF8.GetString(payload, Advance(ref at, (int)((type - 13) / 2)), (int)((type - 13) / 2)),
                _ => throw new InvalidDataException($"Serial type {type}"),
            });
        }

        return values;
    }

    private static long Integer(byte[] payload, ref int at, long type)
    {
        var length = type <= 4 ? (int)type : type == 5 ? 6 : 8;
        long value = (sbyte)payload[at];
        for (var i = 1; i < length; i++)
        {
            value = (value << 8) | payload[at + i];
        }

        at += length;
        return value;
    }

    private static int Advance(ref int at, int length)
    {
        var start = at;
        at += length;
        return start;
    }

    private static long Varint(byte[] bytes, ref int at)
    {
        long value = 0;
        for (var i = 0; i < 9; i++)
        {
            var b = bytes[at++];
            if (i == 8)
            {
                return (value << 8) | b;
            }

            value = (value << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        return value;
    }

    /// <summary>
    /// The order in which a table's columns are stored in its records, learnt from the schema of the copy: declared
    /// order for a rowid table; for a WITHOUT ROWID table the primary key's columns first, then the others as declared.
    /// </summary>
    public static async Task<List<string>> StoredColumnsAsync(SqliteConnection copy, string table)
    {
        var columns = new List<(string Name, int Pk)>();
        await using (var info = copy.CreateCommand())
        {
            info.CommandText = $"SELECT name, pk FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }

        await using var sql = copy.CreateCommand();
        sql.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $name";
        sql.Parameters.AddWithValue("$name", table);
        var withoutRowId = ((string?)await sql.ExecuteScalarAsync() ?? "")
            .Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
        return withoutRowId
            ? [.. columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name),
                .. columns.Where(c => c.Pk == 0).Select(c => c.Name)]
            : [.. columns.Select(c => c.Name)];
    }
}
