package vn.dangbo.portal;

public record SectionView(long id, String name, String slug) {

    public String path() {
        return "/" + slug;
    }
}
