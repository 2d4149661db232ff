package vn.dangbo.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A photo in an article's body, after the given paragraph (0: before the first). */
@Embeddable
public record Photo(String src, @Column(name = "alt_text") String alt, String caption, int afterParagraph) {

    public Photo {
        if (alt == null || alt.isBlank()) {
            throw new PortalException("Ảnh cần có mô tả thay thế (alt).");
        }
        if (caption == null || caption.isBlank()) {
            throw new PortalException("Ảnh cần có chú thích.");
        }
        if (src == null || !src.startsWith("/")) {
            throw new PortalException("Ảnh phải nằm trên máy chủ của cổng thông tin.");
        }
    }
}
