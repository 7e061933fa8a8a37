using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// Reminders (đôn đốc) sent by Sở Nội vụ after the plan deadline, to units chosen by hand or by rule, with read
/// receipts for about 60 % of the recipients and an in-app notification for every user of each recipient unit.
/// </summary>
internal static class ReminderGenerator
{
    private static readonly (ReminderRule Rule, string Subject, string Body)[] Texts =
    [
        (ReminderRule.NoPlanSubmitted, "Đôn đốc trình kế hoạch triển khai phong trào thi đua",
            "Đề nghị đơn vị khẩn trương hoàn thiện kế hoạch triển khai phong trào thi đua chào mừng Đại hội XIV của Đảng, trình Sở Nội vụ trong thời gian sớm nhất."),
        (ReminderRule.OverdueTargets, "Đôn đốc thực hiện các chỉ tiêu đã quá hạn",
            "Đề nghị đơn vị tập trung chỉ đạo khắc phục các nội dung nêu trên, báo cáo kết quả và nguyên nhân chậm tiến độ."),
        (ReminderRule.NotReported, "Đôn đốc báo cáo tiến độ thực hiện phong trào thi đua",
            "Đề nghị đơn vị cập nhật kết quả thực hiện các chỉ tiêu trên Cổng thông tin."),
        (ReminderRule.Manual, "Đề nghị cập nhật kết quả phục vụ sơ kết phong trào thi đua",
            "Để phục vụ sơ kết phong trào thi đua, đề nghị đơn vị rà soát, cập nhật đầy đủ kết quả thực hiện các chỉ tiêu, nhiệm vụ và gửi minh chứng kèm theo."),
    ];

    public static List<Reminder> Generate(Random random, Province province, int count, DateOnly asOf)
    {
        var campaign = province.Campaign;
        var sender = province.Reviewer!.Actor;
        var status = province.Plans.ToDictionary(p => p.UnitId, p => p.Status);
        var everyone = province.Units.Select(u => u.Id).ToList();
        var notSubmitted = everyone.Where(id => !status.TryGetValue(id, out var s) || s is PlanStatus.Draft or PlanStatus.Returned).ToList();
        var accepted = everyone.Where(id => status.TryGetValue(id, out var s) && s == PlanStatus.Accepted).ToList();
        var firstDay = (campaign.PlanDeadline ?? campaign.StartDate).AddDays(1);
        var days = Enumerable.Range(0, count).Select(_ => Clock.Between(random, firstDay, asOf.AddDays(-1))).Order().ToList();
        var reminders = new List<Reminder>(count);

        foreach (var day in days)
        {
            var (rule, subject, body) = VietnameseNames.Pick(random, Texts);
            var pool = rule switch
            {
                ReminderRule.NoPlanSubmitted => notSubmitted,
                ReminderRule.OverdueTargets or ReminderRule.NotReported => accepted,
                _ => everyone,
            };
            if (pool.Count == 0)
            {
                pool = everyone;
            }

            var unitIds = pool.OrderBy(_ => random.Next()).Take(random.Next(3, 41)).Order().ToList();
            var sentAt = Clock.OfficeHoursUtc(day, random);
            // Generated data: what applies to each unit is stated, not derived (the portal derives it when it sends).
            var findings = rule switch
            {
                ReminderRule.NoPlanSubmitted => "- Chưa trình kế hoạch triển khai lên Sở Nội vụ.",
                ReminderRule.OverdueTargets => "- Có mục tiêu, chỉ tiêu đã quá hạn mà chưa đạt.",
                ReminderRule.NotReported => "- Đã hơn 30 ngày chưa cập nhật báo cáo tiến độ.",
                _ => null,
            };
            var addressees = unitIds.Select(id => new ReminderAddressee(id, findings)).ToList();
            var days30 = rule == ReminderRule.NotReported ? 30 : (int?)null;
            var reminder = Reminder.Send(campaign.Id, rule, days30, subject, body, addressees, sender, sentAt);
            foreach (var recipient in reminder.Recipients)
            {
                var people = province.PeopleOf(recipient.UnitId);
                var readOn = day.AddDays(random.Next(0, 11));
                if (random.NextDouble() < 0.6 && readOn <= asOf && people.All.Any())
                {
                    var readAt = Clock.OfficeHoursUtc(readOn, random);
                    recipient.MarkRead(people.Signer(random).UserName, readAt < sentAt ? sentAt.AddMinutes(5) : readAt);
                }
            }

            reminders.Add(reminder);
        }

        return reminders;
    }

    /// <summary>One notification per user of each recipient unit (recipients must have their ids); the reader's is read.</summary>
    public static IEnumerable<Notification> Notifications(Province province, IEnumerable<Reminder> reminders)
    {
        foreach (var reminder in reminders)
        {
            foreach (var recipient in reminder.Recipients)
            {
                foreach (var person in province.PeopleOf(recipient.UnitId).All)
                {
                    var notification = new Notification
                    {
                        UserId = person.Id,
                        Kind = NotificationKind.Reminder,
                        Title = reminder.Subject,
                        Body = reminder.Body,
                        Link = $"/Reminders/Open/{recipient.Id}",
                        ReminderRecipientId = recipient.Id,
                        CreatedAtUtc = reminder.SentAtUtc,
                    };
                    if (recipient.ReadByUserName == person.UserName && recipient.ReadAtUtc is { } readAt)
                    {
                        notification.MarkRead(readAt);
                    }

                    yield return notification;
                }
            }
        }
    }

    /// <summary>One sent e-mail per user of each recipient unit (recipients must have their ids), as the queue leaves them.</summary>
    public static IEnumerable<OutboundEmail> Emails(Province province, IEnumerable<Reminder> reminders)
    {
        foreach (var reminder in reminders)
        {
            foreach (var recipient in reminder.Recipients)
            {
                foreach (var person in province.PeopleOf(recipient.UnitId).All)
                {
                    var email = OutboundEmail.Queue(
                        OutboundEmailKind.Reminder, person.FullName, $"{person.UserName}@langson.gov.vn", reminder.Subject,
                        reminder.Body, reminder.SentAtUtc, recipient.Id);
                    email.MarkSent(reminder.SentAtUtc.AddMinutes(1));
                    yield return email;
                }
            }
        }
    }
}
