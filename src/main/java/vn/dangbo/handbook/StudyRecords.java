package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface StudyRecords extends JpaRepository<StudyRecord, Long> {

    Optional<StudyRecord> findByCampaignIdAndMemberId(Long campaignId, Long memberId);

    List<StudyRecord> findByCampaignId(Long campaignId);

    List<StudyRecord> findByCampaignIdAndCellId(Long campaignId, Long cellId);

    List<StudyRecord> findByMemberIdAndCampaignIdIn(Long memberId, Collection<Long> campaignIds);

    @Query("select r.memberId from StudyRecord r where r.campaignId = :campaignId")
    List<Long> studiedBy(Long campaignId);
}
