package vn.dangbo.handbook;

import java.util.List;

/**
 * One page of hits, best first, and how many match in all. When {@code exact} is false the engine
 * stopped counting: more than {@code total} documents match, and there is at least one more page.
 */
public record DocumentHits(List<DocumentHit> hits, long total, boolean exact, int page, int size) {

    public int pages() {
        long known = exact ? total : total + 1;
        return (int) Math.max(1, (known + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
