using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.EmailQueue;

/// <summary>One e-mail of the outbox as the administrator sees it.</summary>
public sealed record OutboundEmailRow(
    long Id, OutboundEmailKind Kind, string ToName, string ToAddress, string Subject, DateTime CreatedAtUtc,
    OutboundEmailState State, int Attempts, DateTime NextAttemptUtc, string? LastError, string? LastErrorDetail,
    DateTime? SentAtUtc);

public sealed class EmailQueueIndexModel
{
    public OutboundEmailState State { get; init; }

    /// <summary>How many e-mails are in each state (every state listed, zero included).</summary>
    public required IReadOnlyDictionary<OutboundEmailState, int> Counts { get; init; }

    public required Page<OutboundEmailRow> Page { get; init; }

    public int FailedCount => Counts[OutboundEmailState.Failed];
}

/// <summary>What the confirmation page asks before retrying or discarding (one e-mail, or every failed one).</summary>
public sealed class EmailQueueConfirmModel
{
    public required string Title { get; init; }

    public required string Warning { get; init; }

    public required string Button { get; init; }

    public required string Action { get; init; }

    public OutboundEmailRow? Email { get; init; }

    public int FailedCount { get; init; }
}
