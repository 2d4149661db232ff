package vn.dangbo.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Loads accounts for login and keeps the count of failed attempts that locks them. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new DangboUser(account, account.lockedAt(Instant.now(clock)));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(a -> a.failedLogin(Instant.now(clock)));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::succeededLogin);
    }
}
