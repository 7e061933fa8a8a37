using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>
/// Secret ballot: after three members vote differently, nothing — page, audit entry, log line, table layout — tells
/// how one of them voted; who voted is visible, what is not, and counts appear only after closing.
/// </summary>
public sealed class CouncilSecrecyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] ChoiceTexts = ["Đồng ý", "Không đồng ý", "Không biểu quyết"];

    private static readonly string[] ChoiceNames = ["Agree", "Disagree", "Abstain", "Choice", "Lines["];

    private static readonly (string Member, VoteChoice First, VoteChoice Second)[] Ballots =
    [
        ("hoidong1", VoteChoice.Agree, VoteChoice.Agree),
        ("hoidong2", VoteChoice.Disagree, VoteChoice.Abstain),
        ("hoidong3", VoteChoice.Abstain, VoteChoice.Disagree),
    ];

    /// <summary>
    /// Three of four present members vote differently through the web; returns the session, nominations and
    /// the audit id before.
    /// </summary>
    private async Task<(int SessionId, int[] Ids, long AuditBefore)> ThreeDifferentBallotsAsync()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Hoàng Văn Bí Mật", "Nông Thị Kín");
        var sessionId = await factory.SessionAsync(4, 4, ids);
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        foreach (var (member, first, second) in Ballots)
        {
            using var client = await factory.SignInAsync(member);
            var review = await client.ReviewAsync(sessionId, first, second);
            var cast = await client.SubmitAsync(review, "#cast-form");

            // The answer carries no choice: a plain redirect, no TempData cookie.
            Assert.Equal($"/Council/Thanks/{sessionId}", cast.Headers.Location?.OriginalString);
            Assert.DoesNotContain(cast.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal));
        }

        return (sessionId, ids, auditBefore);
    }

    [Fact]
    public async Task The_audit_holds_receipts_but_no_vote_and_no_ballot_id()
    {
        var (sessionId, _, auditBefore) = await ThreeDifferentBallotsAsync();
        var ballotIds = await factory.WithDbAsync(db => db.SealedBallots.Where(v => v.SessionId == sessionId)
            .Select(v => v.Id).ToListAsync());
        var written = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > auditBefore).ToListAsync());
        var all = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Select(a => a.EntityType + " " + a.EntityId + " " + a.Changes).ToListAsync());

        Assert.Equal(3, ballotIds.Count);
        Assert.DoesNotContain(all, a => a.StartsWith(nameof(BallotVote), StringComparison.Ordinal)
            || a.StartsWith(nameof(SealedBallot), StringComparison.Ordinal));
        foreach (var ballotId in ballotIds)
        {
            Assert.DoesNotContain(all, a => a.Contains(ballotId.ToString(), StringComparison.OrdinalIgnoreCase) || a.Contains(ballotId.ToString("N"), StringComparison.OrdinalIgnoreCase));
        }

        // While the three voted, the audit recorded their sign-ins and one receipt each — nothing else.
        Assert.Equal(3, written.Count(a => a.EntityType == nameof(BallotReceipt) && a.Action == AuditActions.Insert));
        Assert.All(written, a => Assert.True(a.EntityType == nameof(BallotReceipt) || a.Action is AuditActions.SignIn or AuditActions.SignOut, $"{a.Action} {a.EntityType}"));
        foreach (var receipt in written.Where(a => a.EntityType == nameof(BallotReceipt)))
        {
            var keys = JsonDocument.Parse(receipt.Changes!).RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();
            Assert.Equal(new[] { "Id", "SessionId", "SubmittedAtUtc", "UserId" }, keys);
            Assert.DoesNotContain(ChoiceNames, n => receipt.Changes!.Contains(n, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_log_shows_the_ballot_requests_by_path_only()
    {
        var (sessionId, _, _) = await ThreeDifferentBallotsAsync();
        var ballotIds = await factory.WithDbAsync(db => db.SealedBallots.Where(v => v.SessionId == sessionId)
            .Select(v => v.Id.ToString()).ToListAsync());

        var lines = await LogLinesAsync($"/Council/Cast/{sessionId}", expected: 3);
        var ballotLines = lines.Where(l => l.Contains("/Council/", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, ballotLines.Count(l => l.Contains($"POST /Council/Review/{sessionId} ", StringComparison.Ordinal)));
        Assert.Equal(3, ballotLines.Count(l => l.Contains($"POST /Council/Cast/{sessionId} ", StringComparison.Ordinal)));
        Assert.All(ballotLines, l => Assert.DoesNotContain(ChoiceNames.Concat(ChoiceTexts), c => l.Contains(c, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(lines, l => ballotIds.Exists(id => l.Contains(id, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(lines, l => l.Contains("Lines[", StringComparison.Ordinal) || l.Contains("Choice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ballots_are_stored_sealed_while_voting_and_in_a_box_without_member_or_time_after_closing()
    {
        var (sessionId, ids, _) = await ThreeDifferentBallotsAsync();
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();

        // While voting: three sealed ballots of one length, no clear choice, nothing in the box.
        Assert.Equal(new[] { "Content", "Id", "SessionId" }, await ColumnsAsync(connection, "SealedBallots"));
        var sealedBallots = await factory.WithDbAsync(db => db.SealedBallots.AsNoTracking()
            .Where(b => b.SessionId == sessionId).ToListAsync());
        Assert.Equal(3, sealedBallots.Count);
        Assert.Single(sealedBallots.Select(b => b.Content.Length).Distinct());
        var plain = new Ballot(
            new Dictionary<int, VoteChoice> { [ids[0]] = VoteChoice.Agree, [ids[1]] = VoteChoice.Agree }).Encode();
        Assert.DoesNotContain(sealedBallots, b => b.Content.AsSpan().IndexOf(plain) >= 0);
        Assert.Equal("0",
            await ScalarAsync(connection, $"SELECT COUNT(*) FROM BallotVotes WHERE SessionId = {sessionId}"));

        // After closing: the box, keyed by session, ballot number and nomination, no rowid, no member, no time.
        using var noivu = await factory.SignInAsync("noivu");
        Assert.Equal($"/Council/Results/{sessionId}",
            (await noivu.CloseAsync(sessionId)).Headers.Location?.OriginalString);
        var sql = await ScalarAsync(connection, "SELECT sql FROM sqlite_master WHERE name = 'BallotVotes'");
        Assert.Contains("WITHOUT ROWID", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new[] { "BallotNumber", "Choice", "NominationId", "SessionId" },
            await ColumnsAsync(connection, "BallotVotes"));
        var noRowId = await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(connection, "SELECT rowid FROM BallotVotes"));
        Assert.Contains("rowid", noRowId.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("6", await ScalarAsync(connection, $"SELECT COUNT(*) FROM BallotVotes WHERE SessionId = {sessionId}"));
        Assert.Equal("0",
            await ScalarAsync(connection, $"SELECT COUNT(*) FROM SealedBallots WHERE SessionId = {sessionId}"));
        Assert.Equal(3, await factory.WithDbAsync(db => db.BallotVotes.CountAsync(v => v.SessionId == sessionId && v.NominationId == ids[0])));
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        var columns = new List<string>();
        await using var info = connection.CreateCommand();
        info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        await using var reader = await info.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return [.. columns.Order()];
    }

    [Fact]
    public async Task While_voting_Noi_Vu_sees_who_voted_but_no_choice_and_no_count()
    {
        var (sessionId, ids, _) = await ThreeDifferentBallotsAsync();
        using var noivu = await factory.SignInAsync("noivu");
        using var member = await factory.SignInAsync("hoidong1");
        var voted = await factory.UserIdAsync("hoidong1");
        var waiting = await factory.UserIdAsync("hoidong4");

        var details = await noivu.GetPageAsync($"/Council/Details/{sessionId}");
        var results = await noivu.GetPageAsync($"/Council/Results/{sessionId}");
        var memberResults = await member.GetPageAsync($"/Council/Results/{sessionId}");
        var memberList = await member.GetPageAsync("/Council");

        Assert.Contains("3/4", details.QuerySelector("#voting-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đã bỏ phiếu", details.QuerySelector($"tr[data-member='{voted}'] .voted-cell")!.TextContent.Trim());
        Assert.Equal("Chưa bỏ phiếu", details.QuerySelector($"tr[data-member='{waiting}'] .voted-cell")!.TextContent.Trim());
        foreach (var page in new[] { details, results, memberResults, memberList })
        {
            Assert.DoesNotContain(ChoiceTexts, t => page.MainText().Contains(t, StringComparison.Ordinal));
            Assert.Null(page.QuerySelector("#results"));
        }

        Assert.Contains("Kết quả chỉ công bố sau khi kết thúc phiên họp", results.QuerySelector("#not-published")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new int?[] { null, null }, await factory.WithDbAsync(db => db.AgendaItems.Where(a => a.SessionId == sessionId).OrderBy(a => a.Id).Select(a => a.AgreeCount).ToListAsync()));
        Assert.Equal(NominationStatus.InSession, await factory.WithDbAsync(db => db.Nominations.Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync()));
    }

    /// <summary>The portal's log file lines (Serilog writes them under DataDirectory/logs), once <paramref name="marker"/> appears <paramref name="expected"/> times.</summary>
    private async Task<List<string>> LogLinesAsync(string marker, int expected)
    {
        var folder = Path.Combine(factory.DataDirectory, "logs");
        var lines = new List<string>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            lines.Clear();
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.log") : [])
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                lines.AddRange((await reader.ReadToEndAsync()).Split('\n'));
            }

            if (lines.Count(l => l.Contains(marker, StringComparison.Ordinal)) >= expected)
            {
                return lines;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The log under {folder} never showed {expected} × {marker}");
        return lines;
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
