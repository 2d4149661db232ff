package vn.dangbo.portal;

import java.util.List;

/** What a writer hands in: the lead without the source tag, the body as paragraphs separated by blank lines. */
public record NewArticle(String sectionSlug, String title, String lead, String body, String author,
                         List<Photo> photos, List<String> tags) {

    public NewArticle {
        photos = List.copyOf(photos);
        tags = List.copyOf(tags);
        if (title.isBlank() || lead.isBlank() || body.isBlank() || author.isBlank()) {
            throw new PortalException("Bài viết cần có tiêu đề, sapo, nội dung và tác giả.");
        }
    }
}
