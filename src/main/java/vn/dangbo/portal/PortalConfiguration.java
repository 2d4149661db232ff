package vn.dangbo.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling is on for the publication of scheduled articles. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {
}
