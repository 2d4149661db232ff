package vn.dangbo.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

/**
 * Who is looking, and so what they may see: their role, the cell a cell secretary leads and the
 * member record a member's account belongs to. The accounts module makes its principals carry one.
 */
public record Viewer(String username, Set<String> roles, @Nullable Long cellId, @Nullable Long memberId) {

    public static final String ADMIN = "ADMIN";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String CELL_SECRETARY = "CELL_SECRETARY";
    public static final String MEMBER = "MEMBER";
    public static final String EDITOR = "EDITOR";
    /** Moderates the portal's reader comments (given with or without EDITOR). */
    public static final String MODERATOR = "MODERATOR";

    /** Implemented by the logged-in principal. */
    public interface Source {
        Viewer viewer();
    }

    public static Viewer of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Source source) {
            return source.viewer();
        }
        throw new AccessDeniedException("Bạn cần đăng nhập.");
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The committee (and the administrator) see and manage every cell. */
    public boolean seesAllCells() {
        return is(ADMIN) || is(COMMITTEE);
    }

    public boolean managesMembers() {
        return seesAllCells();
    }

    /** The one cell this viewer is limited to, or null when they see all. */
    public @Nullable Long cellScope() {
        return seesAllCells() ? null : cellId;
    }

    public boolean mayListCell(long cell) {
        return seesAllCells() || ((is(CELL_SECRETARY) || is(MEMBER)) && cellId != null && cellId == cell);
    }

    public boolean mayOpenMember(long member, long memberCell) {
        if (seesAllCells()) {
            return true;
        }
        if (is(CELL_SECRETARY) && cellId != null && cellId == memberCell) {
            return true;
        }
        return memberId != null && memberId == member;
    }

    public boolean mayListMembers() {
        return seesAllCells() || ((is(CELL_SECRETARY) || is(MEMBER)) && cellId != null);
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Bạn không có quyền xem nội dung này.");
        }
    }
}
