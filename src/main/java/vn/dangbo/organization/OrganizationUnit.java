package vn.dangbo.organization;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A committee or cell as other modules and pages see it. */
public record OrganizationUnit(long id, String name, OrganizationKind kind, @Nullable Long parentId,
                               @Nullable LocalDate foundedOn, @Nullable LocalDate dissolvedOn,
                               @Nullable Long dissolvedByRestructuringId) {

    public boolean active() {
        return dissolvedOn == null;
    }

    public boolean isCell() {
        return kind == OrganizationKind.CELL;
    }
}
