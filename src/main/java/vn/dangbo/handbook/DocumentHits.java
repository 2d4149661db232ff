package vn.dangbo.handbook;

import java.util.List;

/** One page of hits, best first, and how many match in all. */
public record DocumentHits(List<DocumentHit> hits, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
