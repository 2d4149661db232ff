package vn.dangbo.portal;

import java.util.List;

/** A section on the home page: its latest and its most-read articles. */
public record SectionBlock(SectionView section, List<ArticleSummary> latest, List<ArticleSummary> mostRead) {
}
