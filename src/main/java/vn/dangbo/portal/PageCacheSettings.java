package vn.dangbo.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The page cache of the public site ({@code dangbo.portal.page-cache.*}): on or off, how long a
 * page is kept (so a scheduled article shows within that time even without a purge), how much
 * memory the pages may take, and how long browsers and proxies may use a page without asking
 * again (none by default: they revalidate with the page's ETag, so a purge shows at once for them
 * too, and a page they have costs a 304).
 */
@ConfigurationProperties("dangbo.portal.page-cache")
public record PageCacheSettings(@DefaultValue("true") boolean enabled,
                                @DefaultValue("PT1M") Duration timeToLive,
                                @DefaultValue("32MB") DataSize maxSize,
                                @DefaultValue("PT0S") Duration browserMaxAge) {
}
