using System.Diagnostics;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// write: concurrent unit users post progress reports, each with a unique marker; a marker goes to the ack file (and is
/// flushed to disk) only after the portal answered the success redirect. Connection errors are expected while the
/// portal is being killed and restarted: the writer waits and goes on, signing in again when the session is gone.
/// A refused report (any other answer of a running portal) is a failure.
/// </summary>
internal sealed class WriteCommand(Uri baseAddress, string ackPath, IReadOnlyList<string> users, int writers, TimeSpan duration)
{
    private readonly string runId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..4]);
    private int connectionErrors;
    private int refused;
    private int attempts;

    public async Task<int> RunAsync(CancellationToken stop)
    {
        await DemoSetup.EnsurePlansAcceptedAsync(baseAddress, users, Console.Out, stop);
        using var ack = new AckLog(ackPath);
        using var timer = duration > TimeSpan.Zero ? new CancellationTokenSource(duration) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timer.Token);
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"Ghi: {writers} luồng, lượt {runId}, tài khoản {string.Join(", ", users)}; tệp xác nhận {ackPath}");
        var tasks = Enumerable.Range(0, writers).Select(i => WriterAsync(i, users[i % users.Count], ack, linked.Token)).ToArray();
        using var progress = new Timer(
            _ => Console.WriteLine($"  {watch.Elapsed.TotalSeconds,5:0}s: {ack.Count} đã xác nhận, {Volatile.Read(ref connectionErrors)} lỗi kết nối, {Volatile.Read(ref refused)} bị từ chối"),
            null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
        await Task.WhenAll(tasks);
        Console.WriteLine($"Ghi xong sau {watch.Elapsed.TotalSeconds:0.0} s: {attempts} lần gửi, {ack.Count} đã xác nhận, " +
            $"{connectionErrors} lỗi kết nối (khi cổng bị dừng), {refused} bị từ chối.");
        if (refused > 0)
        {
            Console.Error.WriteLine("LỖI: cổng thông tin đang chạy mà từ chối báo cáo tiến độ.");
            return 1;
        }

        return ack.Count > 0 ? 0 : 1;
    }

    private async Task WriterAsync(int index, string user, AckLog ack, CancellationToken ct)
    {
        using var client = new PortalClient(baseAddress, user, TimeSpan.FromSeconds(15));
        var signedIn = false;
        List<int> targets = [];
        for (var sequence = 0; !ct.IsCancellationRequested; sequence++)
        {
            try
            {
                if (!signedIn)
                {
                    signedIn = await client.SignInAsync(ct);
                    targets = signedIn && await DemoSetup.OwnPlanAsync(client, ct) is { } plan ? await DemoSetup.TargetsAsync(client, plan, ct) : [];
                    if (!signedIn || targets.Count == 0)
                    {
                        signedIn = false;
                        throw new HttpRequestException($"{user}: chưa đăng nhập được hoặc chưa thấy mục tiêu nào.");
                    }
                }

                Interlocked.Increment(ref attempts);
                var marker = $"{runId}-{index}-{sequence}";
                var attempt = await ProgressReports.ReportAsync(client, targets[sequence % targets.Count], marker, ct);
                if (attempt.Acknowledged)
                {
                    ack.Append(marker);
                }
                else if (attempt.SessionLost)
                {
                    signedIn = false;
                }
                else
                {
                    Interlocked.Increment(ref refused);
                    var answer = attempt.Post ?? attempt.Form;
                    Console.Error.WriteLine($"{user}: báo cáo {marker} bị từ chối: HTTP {answer.Code} {answer.Location}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
            {
                if (ct.IsCancellationRequested)
                {
                    break; // stopped: a request in flight is not acknowledged
                }

                // The portal is down (killed, restarting): not acknowledged; wait and try again.
                Interlocked.Increment(ref connectionErrors);
                await Task.Delay(200, CancellationToken.None);
            }
        }
    }
}
