package vn.ktxh.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;

/** The morning mail of an agency: its address, the counts in the subject, one line per reminder. */
class ReminderMailTest {

    @Test
    void listsTheOverdueAndSoonDueTasksOfTheAgency() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Agency lead = new Agency(10, 1, "Phòng Kinh tế, Hạ tầng và Đô thị", true, "kinhte@doanket.example");
        List<Reminder> reminders = Reminder.select(
                List.of(
                        TaskStatusTest.view(TaskStatusTest.once(LocalDate.of(2026, 10, 31)), lead, today),
                        TaskStatusTest.view(TaskStatusTest.once(LocalDate.of(2026, 11, 27)), lead, today)),
                today);

        SimpleMailMessage mail = ReminderMail.message(lead, reminders, today, "ktxh@doanket.example");

        assertThat(mail.getTo()).containsExactly("kinhte@doanket.example");
        assertThat(mail.getSubject()).isEqualTo("[KTXH] Nhắc việc ngày 23/11/2026: 1 nhiệm vụ quá hạn, 1 sắp đến hạn");
        assertThat(mail.getText())
                .contains("Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị")
                .contains("- Quá hạn 23 ngày: Giải ngân vốn đầu tư công (hạn 31/10/2026)")
                .contains("- Còn 4 ngày: Giải ngân vốn đầu tư công (hạn 27/11/2026)");
    }
}
