package vn.dangbo.portal.web;

import vn.dangbo.portal.ArticlePage;
import vn.dangbo.portal.Photo;

/** Google's {@code NewsArticle} structured data for an article page, as JSON safe inside a script element. */
final class JsonLd {

    private JsonLd() {
    }

    static String newsArticle(ArticlePage article, String baseUrl) {
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
        field(json, "headline", article.title());
        field(json, "description", article.lead());
        field(json, "mainEntityOfPage", baseUrl + article.path());
        field(json, "datePublished", article.published());
        field(json, "dateModified", article.modified());
        field(json, "articleSection", article.section().name());
        field(json, "inLanguage", "vi");
        Photo photo = article.firstPhoto();
        if (photo != null) {
            json.append(",\"image\":[").append(string(baseUrl + photo.src())).append(']');
        }
        json.append(",\"author\":[{\"@type\":\"Person\",\"name\":").append(string(article.author())).append("}]");
        json.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(string("Đảng bộ Sở Khoa học và Công nghệ"))
                .append(",\"url\":").append(string(baseUrl + "/")).append('}');
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(',').append(string(name)).append(':').append(string(value));
    }

    /** A JSON string; "<" is escaped too, so no "</script>" can end the element early. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
