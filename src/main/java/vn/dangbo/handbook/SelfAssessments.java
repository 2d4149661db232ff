package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SelfAssessments extends JpaRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByMemberIdAndYear(Long memberId, int year);

    List<SelfAssessment> findByYearAndMemberIdIn(int year, Collection<Long> memberIds);
}
