package vn.dangbo.portal;

/** The newsroom has no article with this id: a 404 page. */
public class ArticleNotFound extends PortalException {

    public ArticleNotFound(long id) {
        super("Không có bài viết số " + id + ".");
    }
}
