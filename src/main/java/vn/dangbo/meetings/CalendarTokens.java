package vn.dangbo.meetings;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CalendarTokens extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByToken(String token);
}
