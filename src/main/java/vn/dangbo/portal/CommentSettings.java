package vn.dangbo.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The rules for reader comments that a site may set ({@code dangbo.portal.comments.*}): length
 * limits in characters, the largest request the comment form accepts, the rate limit per client
 * address, and the key that hashes addresses (made and kept in the database when not given).
 */
@ConfigurationProperties("dangbo.portal.comments")
public record CommentSettings(@DefaultValue("100") int maxName,
                              @DefaultValue("254") int maxEmail,
                              @DefaultValue("5000") int maxContent,
                              @DefaultValue("64KB") DataSize maxRequest,
                              @DefaultValue("5") int ratePerAddress,
                              @DefaultValue("PT10M") Duration ratePeriod,
                              @DefaultValue("") String addressSecret) {
}
