package vn.ktxh.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ktxh.shared.VietnamTime;

/**
 * Every morning at 07:00 (Vietnam time) each agency with an e-mail address receives the list of its overdue and
 * soon-due tasks. Without an SMTP server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) the
 * reminders are only logged: the application shows them anyway.
 */
@Component
public class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final Tasks tasks;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;

    public ReminderMail(Tasks tasks, ObjectProvider<JavaMailSender> sender, Clock clock, Environment env) {
        this.tasks = tasks;
        this.sender = sender;
        this.clock = clock;
        this.from = env.getProperty("ktxh.mail.from", "ktxh@localhost");
    }

    @Scheduled(cron = "0 0 7 * * *", zone = VietnamTime.ZONE_ID)
    void everyMorning() {
        send(VietnamTime.today(clock));
    }

    /** Sends (or logs) the reminders of {@code today}; the number of messages built. */
    public int send(LocalDate today) {
        Map<Agency, List<Reminder>> byAgency = tasks.remindersByAgency(today);
        JavaMailSender mail = sender.getIfAvailable();
        int count = 0;
        for (Map.Entry<Agency, List<Reminder>> entry : byAgency.entrySet()) {
            SimpleMailMessage message = message(entry.getKey(), entry.getValue(), today, from);
            count++;
            if (mail == null) {
                log.info(
                        "Nhắc việc (chưa cấu hình máy chủ thư) gửi {}: {}",
                        entry.getKey().email(),
                        message.getSubject());
                continue;
            }
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn(
                        "Không gửi được thư nhắc việc tới {}: {}",
                        entry.getKey().email(),
                        e.getMessage());
            }
        }
        return count;
    }

    static SimpleMailMessage message(Agency agency, List<Reminder> reminders, LocalDate today, String from) {
        long overdue = reminders.stream()
                .filter(r -> r.kind() == Reminder.Kind.OVERDUE)
                .count();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(agency.email());
        message.setSubject("[KTXH] Nhắc việc ngày %s: %d nhiệm vụ quá hạn, %d sắp đến hạn"
                .formatted(TaskDates.print(today), overdue, reminders.size() - overdue));
        StringBuilder body =
                new StringBuilder("Kính gửi: ").append(agency.name()).append("\n\n");
        reminders.forEach(r -> body.append("- ").append(r.text()).append('\n'));
        body.append("\nĐề nghị cơ quan chủ trì cập nhật tiến độ trên hệ thống KTXH.\n");
        message.setText(body.toString());
        return message;
    }
}
