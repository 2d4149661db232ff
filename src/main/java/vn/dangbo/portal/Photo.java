package vn.dangbo.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A photo in an article's body, after the given paragraph (0: before the first). An uploaded photo
 * also has a {@code srcset} listing its resized widths; the demo's SVG drawings have none.
 */
@Embeddable
public record Photo(String src, @Column(name = "alt_text") String alt, String caption, int afterParagraph,
                    @Nullable String srcset) {

    public Photo(String src, String alt, String caption, int afterParagraph) {
        this(src, alt, caption, afterParagraph, null);
    }

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
