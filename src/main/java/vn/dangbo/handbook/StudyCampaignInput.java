package vn.dangbo.handbook;

import java.time.LocalDate;
import java.util.List;

/** A campaign as checked and cleaned by {@link StudyBook}. */
record StudyCampaignInput(String title, String description, List<Long> documentIds, boolean allCells, List<Long> cellIds,
                          LocalDate deadline) {
}
