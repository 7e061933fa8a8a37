namespace LangSon.ThiDua.Web.Infrastructure.Email;

/// <summary>
/// Settings section "Email:Queue" of the outbox worker. Enabled turns the background loop on (on by default, off in
/// the "Testing" environment, where tests run <see cref="EmailQueueWorker.RunOnceAsync"/> themselves); PollSeconds is
/// how often each web server looks for due messages; BatchSize how many it claims at a time (sent over one SMTP
/// connection); LeaseMinutes how long a claim holds before another server may take the message over (a crashed
/// server's messages are retried after it); MaxAttempts how many attempts before a message goes to the failed list.
/// </summary>
public sealed class EmailQueueOptions
{
    public const string Section = "Email:Queue";

    public bool? Enabled { get; set; }

    public int PollSeconds { get; set; } = 15;

    public int BatchSize { get; set; } = 50;

    public int LeaseMinutes { get; set; } = 10;

    public int MaxAttempts { get; set; } = 5;
}
