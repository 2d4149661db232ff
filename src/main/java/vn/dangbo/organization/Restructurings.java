package vn.dangbo.organization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Restructurings extends JpaRepository<Restructuring, Long> {

    List<Restructuring> findAllByOrderByDecidedOnDesc();
}
