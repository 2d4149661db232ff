package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface StudyReminders extends JpaRepository<StudyReminder, StudyReminder.Key> {

    @Query("select r.id.memberId from StudyReminder r where r.id.campaignId = :campaignId")
    List<Long> remindedIn(Long campaignId);
}
