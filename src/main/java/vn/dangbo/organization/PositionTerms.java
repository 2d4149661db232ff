package vn.dangbo.organization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface PositionTerms extends JpaRepository<PositionTerm, Long> {

    List<PositionTerm> findByOrganizationIdOrderByStartedOnDesc(Long organizationId);

    List<PositionTerm> findByOrganizationIdIn(Collection<Long> organizationIds);

    List<PositionTerm> findByMemberIdOrderByStartedOnDesc(Long memberId);
}
