package vn.dangbo.congress;

import vn.dangbo.congress.counting.Post;

/**
 * What is elected. The executive committee and the delegates are elected by the congress, so its
 * base is that of those convened (R16, R17); the others by the new executive committee (or the
 * inspection committee) at its own conference, whose base is the body's incumbents (R18).
 */
public enum ElectionKind {
    EXECUTIVE_COMMITTEE(Post.EXECUTIVE_COMMITTEE, true),
    STANDING_COMMITTEE(Post.STANDING_COMMITTEE, false),
    SECRETARY(Post.SECRETARY, false),
    DEPUTY_SECRETARY(Post.DEPUTY_SECRETARY, false),
    INSPECTION_COMMITTEE(Post.INSPECTION_COMMITTEE, false),
    INSPECTION_CHAIR(Post.INSPECTION_CHAIR, false),
    DELEGATE(Post.DELEGATE, true),
    ALTERNATE_DELEGATE(Post.ALTERNATE_DELEGATE, true);

    private final Post post;
    private final boolean byCongress;

    ElectionKind(Post post, boolean byCongress) {
        this.post = post;
        this.byCongress = byCongress;
    }

    public Post post() {
        return post;
    }

    /** Elected by the congress (base from those convened) rather than by a body's conference (R18). */
    public boolean byCongress() {
        return byCongress;
    }
}
