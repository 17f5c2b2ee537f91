package vn.ktxh.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/**
 * A notification by mail: its words and link; a failing server never undoes the work. That it waits for the commit is
 * Spring's @TransactionalEventListener; ReportCyclePagesTest sees a committed return mailed.
 */
class NotificationMailTest {

    private static final String RETURNED =
            "Báo cáo tháng 10 năm 2025 của phường Tân Phong bị trả lại: Thiếu số thu ngân sách tháng 10";

    private final List<SimpleMailMessage> sent = new ArrayList<>();
    private boolean serverDown;

    private final NotificationMail mail = new NotificationMail(
            new StaticListableBeanFactory(Map.of("mail", new Outbox())).getBeanProvider(JavaMailSender.class),
            new MockEnvironment()
                    .withProperty("ktxh.mail.from", "ktxh@laichau.gov.vn")
                    .withProperty("ktxh.site-url", "https://ktxh.laichau.gov.vn"));

    @Test
    void theMessageSaysWhatHappenedAndLinksToThePage() {
        mail.send(new NotificationSent(
                List.of("tanphong@laichau.gov.vn"), RETURNED, "/nhap-so-lieu?area=03408&period=2025-M10"));
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("tanphong@laichau.gov.vn");
            assertThat(m.getFrom()).isEqualTo("ktxh@laichau.gov.vn");
            assertThat(m.getSubject())
                    .startsWith("[KTXH] Báo cáo tháng 10 năm 2025 của phường Tân Phong bị trả lại")
                    .hasSizeLessThanOrEqualTo(97);
            assertThat(m.getText())
                    .contains(RETURNED, "https://ktxh.laichau.gov.vn/nhap-so-lieu?area=03408&period=2025-M10");
        });
    }

    @Test
    void nobodyToMailAndAFailingServerAreNoErrors() {
        mail.send(new NotificationSent(List.of(), RETURNED, null));
        assertThat(sent).isEmpty();
        serverDown = true;
        mail.send(new NotificationSent(List.of("tanphong@laichau.gov.vn"), RETURNED, null)); // logged, not thrown
        assertThat(sent).isEmpty();
    }

    /** An SMTP server that keeps what it is given, or refuses it. */
    private final class Outbox implements JavaMailSender {
        @Override
        public void send(SimpleMailMessage... messages) {
            if (serverDown) {
                throw new MailSendException("Connection refused");
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException();
        }
    }
}
