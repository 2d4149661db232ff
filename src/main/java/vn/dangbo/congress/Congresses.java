package vn.dangbo.congress;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Congresses extends JpaRepository<Congress, Long> {

    List<Congress> findAllByOrderByOpensOnDesc();
}
