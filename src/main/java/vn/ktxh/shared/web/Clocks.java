package vn.ktxh.shared.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ktxh.shared.VietnamTime;

/** The one clock of the system, in Vietnam's time zone; a test names its day with a {@code @Primary} clock of its own. */
@Configuration(proxyBeanMethods = false)
class Clocks {

    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
