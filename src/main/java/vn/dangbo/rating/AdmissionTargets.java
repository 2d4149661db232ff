package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AdmissionTargets extends JpaRepository<AdmissionTarget, Long> {

    List<AdmissionTarget> findAllByOrderByYearDesc();

    Optional<AdmissionTarget> findByYear(int year);
}
