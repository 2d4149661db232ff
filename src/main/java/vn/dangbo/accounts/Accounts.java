package vn.dangbo.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRole(Role role);
}
