package vn.dangbo.portal;

import jakarta.persistence.Embeddable;
import vn.dangbo.shared.Slugs;

@Embeddable
public record Tag(String name, String slug) {

    public static Tag of(String name) {
        return new Tag(name.strip(), Slugs.slug(name));
    }

    public String path() {
        return "/tag/" + slug;
    }
}
