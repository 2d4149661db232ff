package vn.dangbo.members;

import org.jspecify.annotations.Nullable;

/** The filters of the member list; null means "any". */
public record MemberQuery(@Nullable String q, @Nullable Long cellId, @Nullable MembershipKind kind, @Nullable Gender gender,
                          @Nullable String ethnicity, @Nullable Education education,
                          @Nullable PoliticalTheory politicalTheory, @Nullable AgeBand ageBand,
                          boolean includeFormer) {

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, null, null, null, false);
    }
}
