package vn.dangbo.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling is on for the publication of scheduled articles; the comment rules come from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({CommentSettings.class, PageCacheSettings.class})
class PortalConfiguration {
}
