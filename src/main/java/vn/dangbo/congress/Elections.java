package vn.dangbo.congress;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Elections extends JpaRepository<Election, Long> {

    List<Election> findByCongressIdOrderByIdAsc(long congressId);
}
