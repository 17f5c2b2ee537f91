package vn.ktxh.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails a notification to the accounts that gave an address, once what it tells is committed (a rolled-back return
 * must not reach anybody's inbox). Without an SMTP server ({@code spring.mail.host} unset) it only logs, as the
 * reminder mail does; a failing server is logged and never undoes the work.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String site;

    NotificationMail(ObjectProvider<JavaMailSender> sender, Environment env) {
        this.sender = sender;
        this.from = env.getProperty("ktxh.mail.from", "ktxh@localhost");
        this.site = env.getProperty("ktxh.site-url", "http://localhost:8080");
    }

    /** After the commit of what the notification tells (at once when there is no transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void send(NotificationSent sent) {
        if (!sent.addresses().isEmpty()) {
            deliver(message(sent.addresses(), sent.text(), sent.link() == null ? null : site + sent.link(), from));
        }
    }

    static SimpleMailMessage message(List<String> addresses, String text, String url, String from) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject("[KTXH] " + (text.length() > 90 ? text.substring(0, 89) + "…" : text));
        message.setText(text + (url == null ? "" : "\n\nXem trên hệ thống KTXH: " + url)
                + "\n\nThư gửi tự động từ hệ thống KTXH; đổi địa chỉ nhận thư ở trang Tài khoản.\n");
        return message;
    }

    private void deliver(SimpleMailMessage message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info(
                    "Thông báo (chưa cấu hình máy chủ thư) gửi {}: {}",
                    String.join(", ", message.getTo()),
                    message.getSubject());
            return;
        }
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Không gửi được thư thông báo tới {}: {}", String.join(", ", message.getTo()), e.getMessage());
        }
    }
}
