package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Client addresses as the comment rules see them. An IPv6 client is its /64 network (one line
 * gets a whole /64, so a single address is easy to change); an IPv4 client is its address. The
 * address itself is never stored: only a keyed hash (HMAC-SHA256), so moderators can block it and
 * rate limits can count it, but no one can read it back or match it against a list of addresses.
 */
@Component
class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private final CommentSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile @Nullable SecretKeySpec key;

    ClientAddresses(CommentSettings settings, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The part of an address that counts as one client. */
    static String network(String address) {
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        literal = literal.replaceAll("%.*$", "");
        // only literals: never a name that would be looked up
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return literal;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 16) {
                return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    /** The stored form of a client's address: 32 hex digits of a keyed hash of its network. */
    String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(network(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                known = key;
                if (known == null) {
                    String secret = settings.addressSecret().isBlank() ? storedSecret() : settings.addressSecret();
                    known = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                    key = known;
                }
            }
        }
        return known;
    }

    /** The key kept in the database, made at the first comment when none is configured. */
    private String storedSecret() {
        String found = readSecret();
        if (found != null) {
            return found;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String made = Base64.getEncoder().encodeToString(random);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into portal_comment_secret (id, secret) values (1, ?)", made));
            return made;
        } catch (DataIntegrityViolationException madeElsewhere) {
            // another node made it first
            return java.util.Objects.requireNonNull(readSecret());
        }
    }

    private @Nullable String readSecret() {
        return ownTransaction.execute(status -> jdbc.queryForList("select secret from portal_comment_secret where id = 1", String.class)
                .stream().findFirst().orElse(null));
    }
}
