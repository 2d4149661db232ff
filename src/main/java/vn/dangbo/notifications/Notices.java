package vn.dangbo.notifications;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface Notices extends JpaRepository<Notice, Long> {

    List<Notice> findByMemberIdOrderByCreatedAtDescIdDesc(Long memberId, Limit limit);

    long countByMemberIdAndReadAtIsNull(Long memberId);

    Optional<Notice> findByIdAndMemberId(Long id, Long memberId);

    List<Notice> findByMemberIdOrderByIdAsc(Long memberId);
}
