package vn.dangbo.portal;

import java.util.List;

/** What changed in an article's title, lead and body between two revisions. */
public record RevisionDiff(RevisionView from, RevisionView to, List<WordDiff.Piece> title, List<WordDiff.Piece> lead,
                           List<WordDiff.Piece> body) {

    public boolean unchanged() {
        return !WordDiff.changed(title) && !WordDiff.changed(lead) && !WordDiff.changed(body);
    }
}
