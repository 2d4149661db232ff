package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** What the committee enters for a study campaign; {@link StudyBook} checks it. */
public record StudyCampaignForm(@Nullable String title, @Nullable String description, List<Long> documentIds, boolean allCells,
                                List<Long> cellIds, @Nullable LocalDate deadline) {

    public StudyCampaignForm {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        cellIds = cellIds == null ? List.of() : List.copyOf(cellIds);
    }

    public static StudyCampaignForm of(StudyCampaignView view) {
        return new StudyCampaignForm(view.title(), view.description(), view.documents().stream().map(StudiedDocument::id).toList(),
                view.allCells(), view.cells().stream().map(StudyCampaignView.AssignedCell::id).toList(), view.deadline());
    }
}
