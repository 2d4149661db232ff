package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CommitmentTemplates extends JpaRepository<CommitmentTemplate, Long> {

    Optional<CommitmentTemplate> findFirstByEffectiveYearLessThanEqualOrderByEffectiveYearDesc(int year);

    Optional<CommitmentTemplate> findByEffectiveYear(int year);
}
