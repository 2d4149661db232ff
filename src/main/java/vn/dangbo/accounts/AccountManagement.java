package vn.dangbo.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.regex.Pattern;

/** Creates accounts; passwords are stored only as hashes from the delegating encoder. */
@Service
public class AccountManagement {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    AccountManagement(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Transactional
    public long create(String username, String password, String displayName, Role role, @Nullable Long memberId, @Nullable Long cellId) {
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch nối.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new AccountException("Mật khẩu cần từ " + MIN_PASSWORD_LENGTH + " đến 200 ký tự.");
        }
        if (role == Role.CELL_SECRETARY && cellId == null) {
            throw new AccountException("Tài khoản bí thư chi bộ cần gắn với một chi bộ.");
        }
        if (accounts.existsByUsername(username)) {
            throw new AccountException("Tên đăng nhập \"" + username + "\" đã được dùng.");
        }
        return accounts.save(new Account(username, encoder.encode(password), displayName, role, memberId, cellId)).getId();
    }

    /** Lets the account moderate the portal's reader comments (its role stays as it is). */
    @Transactional
    public void grantModeration(String username) {
        accounts.findByUsername(username)
                .orElseThrow(() -> new AccountException("Không có tài khoản \"" + username + "\"."))
                .grantModeration();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** For checks that the stored form is a hash, never the password. */
    @Transactional(readOnly = true)
    public String passwordHashOf(String username) {
        return accounts.findByUsername(username).map(Account::getPasswordHash).orElseThrow();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
