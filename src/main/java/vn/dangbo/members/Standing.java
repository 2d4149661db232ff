package vn.dangbo.members;

import java.util.EnumSet;
import java.util.Set;

/** Where a member stands with the organization's rolls. */
public enum Standing {
    ACTIVE,
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPT,
    /** Chuyển sinh hoạt tạm thời đi: still on this organization's rolls. */
    AWAY_TEMPORARILY,
    /** Sinh hoạt tạm thời tại đây: on another organization's rolls. */
    ATTACHED_TEMPORARILY,
    TRANSFERRED_OUT,
    REMOVED,
    /** Khai trừ: expelled by a disciplinary decision (R32). */
    EXPELLED,
    DECEASED;

    /** Counted as this organization's members (in lists by default and in statistics). */
    public static final Set<Standing> ON_ROLLS = EnumSet.of(ACTIVE, EXEMPT, AWAY_TEMPORARILY);

    public boolean onRolls() {
        return ON_ROLLS.contains(this);
    }
}
