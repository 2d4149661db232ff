package vn.dangbo.shared;

import org.jspecify.annotations.Nullable;

/**
 * A panel on a member's handbook page ({@code /so-tay}) that another module fills: the handbook
 * shows what to study and the commitment, while meetings and notices live in modules the handbook
 * may not call. The page renders {@code ~{template :: fragment}} with the content as {@code panel}.
 */
public interface HandbookPanel {

    /** Position on the page; lower comes first. */
    int order();

    /** Thymeleaf template name, e.g. "meetings/panels". */
    String template();

    /** Fragment name within the template. */
    String fragment();

    /** What the fragment shows for this viewer, or null to leave the panel out. */
    @Nullable Object content(Viewer viewer);
}
