package vn.htx.portal.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** The one source of "now", so that publication times can be tested without waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
