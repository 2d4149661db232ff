package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface StudyCampaigns extends JpaRepository<StudyCampaign, Long> {

    List<StudyCampaign> findAllByOrderByDeadlineDescIdDesc();

    /** Campaigns whose deadline has not passed, nearest first. */
    @Query("select c from StudyCampaign c where c.deadline >= :today order by c.deadline, c.id")
    List<StudyCampaign> openOn(LocalDate today);
}
