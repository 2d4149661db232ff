package vn.dangbo.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * So many comment posts per client network per period (5 per 10 minutes unless configured), in
 * memory on each node. Every post counts, accepted or not, so a flood costs the flooder alone.
 */
@Component
class CommentRateLimit {

    private final CommentSettings settings;
    private final Cache<String, Bucket> buckets;

    CommentRateLimit(CommentSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(settings.ratePeriod().plusMinutes(1))
                .maximumSize(200_000)
                .build();
    }

    /** Takes one post from the client's allowance; returns how long to wait when none is left, or zero. */
    Duration take(String address) {
        Bucket bucket = buckets.get(ClientAddresses.network(address), key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.ratePerAddress())
                        .refillGreedy(settings.ratePerAddress(), settings.ratePeriod()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
