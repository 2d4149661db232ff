package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A study campaign as a reader sees it. */
public record StudyCampaignView(long id, String title, String description, List<StudiedDocument> documents, boolean allCells,
                                List<AssignedCell> cells, LocalDate deadline, @Nullable LocalDate completedOn,
                                Instant updatedAt, String updatedBy) {

    public record AssignedCell(long id, String name) {
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(deadline);
    }
}
