package vn.dangbo.rating.rules;

/**
 * How the EXCELLENT quota was applied in one scope: {@code scopeKey} is empty for the whole
 * organization, the cell id or the duty group otherwise.
 */
public record QuotaUse(Quota.Scope scope, String scopeKey, int percent, int goodOrBetter, int allowed, int proposed, int granted) {
}
