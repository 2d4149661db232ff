package vn.dangbo.members;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MemberChanges extends JpaRepository<MemberChange, Long> {

    List<MemberChange> findByMemberIdOrderByChangedAtDescIdDesc(Long memberId);
}
