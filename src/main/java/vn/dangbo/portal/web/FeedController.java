package vn.dangbo.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dangbo.portal.ArticlePage;
import vn.dangbo.portal.ArticleSummary;
import vn.dangbo.portal.PortalReader;
import vn.dangbo.portal.SectionView;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** RSS 2.0 per section and the sitemap, written with a streaming XML writer so they are always well formed. */
@Controller
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final PortalReader reader;

    FeedController(PortalReader reader) {
        this.reader = reader;
    }

    @GetMapping("/rss/{section:" + PortalController.SLUG + "}.xml")
    ResponseEntity<String> rss(@PathVariable String section) throws XMLStreamException {
        Optional<SectionView> found = reader.section(section);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Không có chuyên mục này.");
        }
        String base = baseUrl();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(xml, "title", found.get().name() + " – Đảng bộ Sở Khoa học và Công nghệ");
        element(xml, "link", base + found.get().path());
        element(xml, "description", "Tin bài chuyên mục " + found.get().name());
        element(xml, "language", "vi");
        for (ArticlePage article : reader.feed(found.get(), 20)) {
            xml.writeStartElement("item");
            element(xml, "title", article.title());
            element(xml, "link", base + article.path());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(base + article.path());
            xml.writeEndElement();
            element(xml, "description", ArticlePage.SOURCE_TAG + " " + article.lead());
            element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(article.publishedAt().atOffset(ZoneOffset.ofHours(7))));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(RSS).body(out.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = baseUrl();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        url(xml, base + "/", null);
        for (SectionView section : reader.sections()) {
            url(xml, base + section.path(), null);
        }
        List<ArticleSummary> articles = reader.allPublished();
        for (ArticleSummary article : articles) {
            url(xml, base + article.path(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt().atOffset(ZoneOffset.ofHours(7))));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    private static void url(XMLStreamWriter xml, String loc, @Nullable String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified);
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
