package vn.dangbo.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** An uploaded photo: its files are {@code <id>/<width>.<format>} under the portal's image directory. */
@Entity
@Table(name = "portal_image")
class PortalImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    private String format;
    private int originalWidth;
    private int originalHeight;
    private String widths;
    private String uploadedBy;
    private Instant uploadedAt;

    protected PortalImage() {
    }

    PortalImage(long articleId, String format, int originalWidth, int originalHeight, List<Integer> widths, String uploadedBy, Instant uploadedAt) {
        this.articleId = articleId;
        this.format = format;
        this.originalWidth = originalWidth;
        this.originalHeight = originalHeight;
        this.widths = widths.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() { return id; }
    Long getArticleId() { return articleId; }
    String getFormat() { return format; }

    List<Integer> widths() {
        return Arrays.stream(widths.split(",")).map(Integer::parseInt).toList();
    }

    String path(int width) {
        return "/anh/" + id + "/" + width + "." + format;
    }

    /** The photo as an article shows it: the largest width as src, every width in srcset. */
    Photo photo(String alt, String caption, int afterParagraph) {
        List<Integer> all = widths();
        String srcset = all.stream().map(w -> path(w) + " " + w + "w").collect(Collectors.joining(", "));
        return new Photo(path(all.getLast()), alt, caption, afterParagraph, srcset);
    }
}
