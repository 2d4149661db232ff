package vn.dangbo.members;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MemberEvents extends JpaRepository<MemberEvent, Long> {

    List<MemberEvent> findByMemberIdOrderByOccurredOnDescIdDesc(Long memberId);
}
