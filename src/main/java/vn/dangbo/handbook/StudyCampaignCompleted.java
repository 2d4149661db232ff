package vn.dangbo.handbook;

import java.time.LocalDate;
import java.util.List;

/**
 * Every member who must study a campaign has studied it: the organization's 100% figure. Published
 * once per campaign, in the transaction of the mark (or daily check) that reached it; the portal
 * may start a draft article from it.
 */
public record StudyCampaignCompleted(long campaignId, String title, List<StudiedDocument> documents, LocalDate completedOn) {

    public StudyCampaignCompleted {
        documents = List.copyOf(documents);
    }
}
