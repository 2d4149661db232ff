package vn.dangbo.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.dangbo.shared.Viewer;

import java.util.List;
import java.util.Set;

/** The logged-in principal: a Spring Security user that also says what its holder may see. */
class DangboUser extends User implements Viewer.Source {

    private final Viewer viewer;
    private final String displayName;

    DangboUser(Account account, boolean locked) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.viewer = new Viewer(account.getUsername(), Set.of(account.getRole().name()), account.getCellId(), account.getMemberId());
        this.displayName = account.getDisplayName();
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    public String getDisplayName() {
        return displayName;
    }
}
