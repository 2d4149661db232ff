package vn.dangbo.organization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PositionTerms extends JpaRepository<PositionTerm, Long> {

    List<PositionTerm> findByOrganizationIdOrderByStartedOnDesc(Long organizationId);

    List<PositionTerm> findByMemberIdOrderByStartedOnDesc(Long memberId);
}
