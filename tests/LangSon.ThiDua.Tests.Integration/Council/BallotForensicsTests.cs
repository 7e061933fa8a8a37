using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>
/// The attack of issue 16 on a copy of the database taken after the session closed: read the raw pages, order the
/// ballot cells by their offset in the page (SQLite fills a page from its end, so the offset is the insertion order),
/// do the same in every index of the ballots, and pair the n-th ballot with the n-th receipt (receipts say who voted,
/// in the order they voted). Eight members cast eight different ballots in the reverse of any order the ballots
/// themselves could be sorted in, so a layout that follows the casting order names all eight and one that does not
/// names none.
/// </summary>
public sealed class BallotForensicsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const VoteChoice A = VoteChoice.Agree;
    private const VoteChoice D = VoteChoice.Disagree;

    /// <summary>
    /// Eight different ballots on three dossiers, sorted; the members cast them from the last to the first.
    /// </summary>
    private static readonly VoteChoice[][] Sorted =
    [
        [A, A, A], [A, A, D], [A, D, A], [A, D, D], [D, A, A], [D, A, D], [D, D, A], [D, D, D],
    ];

    private async Task<(int SessionId, int[] Ids, Dictionary<string, VoteChoice[]> Truth)> CastAndCloseAsync(
        int[] castOrder)
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh,
            "Phùng Văn Một", "Phùng Thị Hai", "Phùng Văn Ba");
        var sessionId = await factory.SessionAsync(8, 8, ids);
        var truth = new Dictionary<string, VoteChoice[]>();
        for (var i = 0; i < castOrder.Length; i++)
        {
            var member = $"hoidong{i + 1}";
            truth[await factory.UserIdAsync(member)] = Sorted[castOrder[i]];
            await factory.CastAsync(member, sessionId, Sorted[castOrder[i]]);
        }

        using var noivu = await factory.SignInAsync("noivu");
        var closed = await noivu.CloseAsync(sessionId);
        Assert.Equal($"/Council/Results/{sessionId}", closed.Headers.Location?.OriginalString);
        return (sessionId, ids, truth);
    }

    [Fact]
    public async Task A_copy_taken_after_closing_links_no_ballot_to_its_member()
    {
        var (sessionId, ids, truth) = await CastAndCloseAsync([7, 6, 5, 4, 3, 2, 1, 0]);
        var folder = Directory.CreateTempSubdirectory("thidua-forensics-").FullName;
        try
        {
            // The portal's own backup (SQLite's online backup API), and the files as they lie on disk.
            var backup = Path.Combine(folder, "backup.db");
            await using (var live = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly"))
            await using (var copy = new SqliteConnection($"Data Source={backup}"))
            {
                await live.OpenAsync();
                await copy.OpenAsync();
                live.BackupDatabase(copy);
            }

            var raw = Path.Combine(folder, "raw.db");
            File.Copy(factory.DatabasePath, raw);
            var wal = factory.DatabasePath + "-wal";
            if (File.Exists(wal))
            {
                File.Copy(wal, raw + "-wal");
            }

            foreach (var (copy, walPath) in new[] { (backup, (string?)null), (raw, raw + "-wal") })
            {
                var linked = await LinkedAsync(copy, walPath, sessionId, ids, truth);
                Assert.True(linked.Count == 0, $"{Path.GetFileName(copy)}: the cell order names {linked.Count} " +
                    $"of 8 members: {string.Join(", ", linked)}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_ballots_lie_in_the_file_in_the_same_order_whatever_the_order_they_were_cast_in()
    {
        var (first, firstIds, _) = await CastAndCloseAsync([7, 6, 5, 4, 3, 2, 1, 0]);
        var (second, secondIds, _) = await CastAndCloseAsync([2, 5, 0, 7, 4, 1, 6, 3]);

        var layoutOfFirst = await LayoutAsync(first, firstIds);
        var layoutOfSecond = await LayoutAsync(second, secondIds);

        Assert.Equal(8, layoutOfFirst.Count);
        Assert.Equal(layoutOfFirst, layoutOfSecond);
    }

    [Fact]
    public async Task After_closing_the_key_is_destroyed_the_log_is_empty_and_no_sealed_ballot_is_left_in_the_files()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Phùng Văn Khóa");
        var sessionId = await factory.SessionAsync(3, 3, ids);
        foreach (var (member, choice) in new[] { ("hoidong1", A), ("hoidong2", D), ("hoidong3", A) })
        {
            await factory.CastAsync(member, sessionId, choice);
        }

        // What a copy taken while voting holds: three sealed ballots, and the key beside the attachments.
        var sealedBallots = await factory.WithDbAsync(db => db.SealedBallots.AsNoTracking()
            .Where(b => b.SessionId == sessionId).ToListAsync());
        var session = await factory.WithDbAsync(db => db.CouncilSessions.AsNoTracking()
            .SingleAsync(s => s.Id == sessionId));
        var keyFile = Path.Combine(factory.Services.GetRequiredService<BallotKeyStore>().Folder,
            $"session-{sessionId}.key");
        Assert.Equal(3, sealedBallots.Count);
        Assert.True(File.Exists(keyFile));

        using var noivu = await factory.SignInAsync("noivu");
        Assert.Equal($"/Council/Results/{sessionId}",
            (await noivu.CloseAsync(sessionId)).Headers.Location?.OriginalString);

        Assert.False(File.Exists(keyFile));
        var wal = factory.DatabasePath + "-wal";
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0,
            $"The write-ahead log still holds {new FileInfo(wal).Length} bytes");
        var files = File.ReadAllBytes(factory.DatabasePath);
        Assert.All(sealedBallots, b => Assert.True(files.AsSpan().IndexOf(b.Content.AsSpan(12)) < 0,
            "A sealed ballot is still in the database file"));
        var refused = Assert.Throws<DomainException>(
            () => factory.Services.GetRequiredService<BallotSeal>().Open(session, sealedBallots));
        Assert.Contains("Không đọc được khóa niêm phong phiếu", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The ballots of a session as the bytes of the file order them (by page, then from the end of the page).
    /// </summary>
    private async Task<List<string>> LayoutAsync(int sessionId, int[] ids)
    {
        var ballots = await AttackAsync(factory.DatabasePath, factory.DatabasePath + "-wal", sessionId);
        var table = ballots.First();
        return table.Select(b => string.Concat(ids.Select(id => b.TryGetValue(id, out var c) ? (int)c : 0))).ToList();
    }

    /// <summary>The members whose every choice the attack got right.</summary>
    private static async Task<List<string>> LinkedAsync(
        string copy, string? walPath, int sessionId, int[] ids, Dictionary<string, VoteChoice[]> truth)
    {
        List<string> receipts;
        await using (var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT UserId FROM BallotReceipts WHERE SessionId = {sessionId} ORDER BY Id";
            receipts = [];
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                receipts.Add(reader.GetString(0));
            }
        }

        Assert.Equal(8, receipts.Count);
        var best = new List<string>();
        foreach (var ballots in await AttackAsync(copy, walPath, sessionId))
        {
            var linked = receipts.Where((userId, i) => i < ballots.Count
                && ids.Select((id, k) => ballots[i].GetValueOrDefault(id) == truth[userId][k]).All(x => x)).ToList();
            if (linked.Count > best.Count)
            {
                best = linked;
            }
        }

        return best;
    }

    /// <summary>
    /// The attack: the session's ballots read from the table's cells (ballot id or number → choices), then, for the
    /// table and for each of its indexes, the ballots in the order their cells lie in the file (by page, then from the
    /// end of the page: first appearance of each ballot key). The first list is the table's own order.
    /// </summary>
    private static async Task<List<List<Dictionary<int, VoteChoice>>>> AttackAsync(
        string copy, string? walPath, int sessionId)
    {
        var file = SqliteForensics.Open(copy, walPath);
        var roots = file.RootPages();
        var structures = new List<(string Name, bool TableTree, List<string> Columns)>();
        await using (var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            var columns = await SqliteForensics.StoredColumnsAsync(connection, "BallotVotes");
            structures.Add(("BallotVotes", !await IsWithoutRowIdAsync(connection), columns));
            foreach (var index in await IndexesAsync(connection))
            {
                structures.Add((index.Name, false, index.Columns));
            }
        }

        var (table, tableIsTree, tableColumns) = structures[0];
        var session = tableColumns.IndexOf("SessionId");
        var nomination = tableColumns.IndexOf("NominationId");
        var choice = tableColumns.IndexOf("Choice");
        var ballots = new Dictionary<string, Dictionary<int, VoteChoice>>();
        foreach (var cell in file.Cells(roots[table], tableIsTree).Where(c => Number(c.Values[session]) == sessionId))
        {
            var key = Key(cell.Values[BallotColumn(tableColumns)])!;
            ballots.TryAdd(key, []);
            ballots[key][Number(cell.Values[nomination])] = (VoteChoice)Number(cell.Values[choice]);
        }

        var attacks = new List<List<Dictionary<int, VoteChoice>>>();
        foreach (var (name, tableTree, columns) in structures)
        {
            var ballot = BallotColumn(columns);
            if (ballot < 0)
            {
                continue;
            }

            attacks.Add(file.Cells(roots[name], tableTree)
                .OrderBy(c => c.Page).ThenByDescending(c => c.Offset)
                .Select(c => Key(c.Values[ballot])!)
                .Where(ballots.ContainsKey)
                .Distinct()
                .Select(k => ballots[k])
                .ToList());
        }

        return attacks;
    }

    private static int BallotColumn(List<string> columns) => columns.FindIndex(c => c is "BallotId" or "BallotNumber");

    private static int Number(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static string? Key(object? value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static async Task<bool> IsWithoutRowIdAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE name = 'BallotVotes'";
        return ((string?)await command.ExecuteScalarAsync() ?? "")
            .Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The indexes of the ballots table with their stored columns (key columns, then the row's key).</summary>
    private static async Task<List<(string Name, List<string> Columns)>> IndexesAsync(SqliteConnection connection)
    {
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'BallotVotes' " +
                "AND sql IS NOT NULL";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var indexes = new List<(string, List<string>)>();
        foreach (var name in names)
        {
            var columns = new List<string>();
            await using var info = connection.CreateCommand();
            info.CommandText = $"SELECT name FROM pragma_index_xinfo('{name}') ORDER BY seqno";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.IsDBNull(0) ? "rowid" : reader.GetString(0));
            }

            indexes.Add((name, columns));
        }

        return indexes;
    }
}
