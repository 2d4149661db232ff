package vn.dangbo.organization;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

public record PositionHolder(long id, long organizationId, String organizationName, long memberId, String memberName,
                             Position position, String termLabel, LocalDate startedOn, @Nullable LocalDate endedOn) {

    public boolean current() {
        return endedOn == null;
    }
}
