package vn.dangbo.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "portal_section")
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String slug;
    private int position;

    protected Section() {
    }

    Section(String name, String slug, int position) {
        this.name = name;
        this.slug = slug;
        this.position = position;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getSlug() { return slug; }
    int getPosition() { return position; }

    SectionView view() {
        return new SectionView(id, name, slug);
    }
}
