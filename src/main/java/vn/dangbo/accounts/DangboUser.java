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
                authorities(account));
        this.viewer = new Viewer(account.getUsername(), roles(account), account.getCellId(), account.getMemberId());
        this.displayName = account.getDisplayName();
    }

    /** The account's role, plus MODERATOR when it holds the permission to moderate comments. */
    static Set<String> roles(Account account) {
        return account.isModerator() ? Set.of(account.getRole().name(), Viewer.MODERATOR) : Set.of(account.getRole().name());
    }

    private static List<SimpleGrantedAuthority> authorities(Account account) {
        return roles(account).stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    public String getDisplayName() {
        return displayName;
    }
}
