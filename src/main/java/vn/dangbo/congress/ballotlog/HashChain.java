package vn.dangbo.congress.ballotlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ballot log's hash chain (ballot-log.md): h0 = SHA-256 of the election id; each entry's hash
 * is SHA-256 of the previous hash, a newline and the entry's ballot in canonical form, as
 * lower-case hex. Appending never needs an earlier entry again, so entries are never rewritten.
 */
public final class HashChain {

    private static final HexFormat HEX = HexFormat.of();

    /** One digest for the whole chain: looking SHA-256 up again for every entry costs a cold recount dearly. */
    private final MessageDigest digest = sha256();
    private String head;

    private HashChain(String head) {
        this.head = head;
    }

    public static HashChain start(String electionId) {
        HashChain chain = new HashChain(null);
        chain.head = chain.hash(electionId.getBytes(StandardCharsets.UTF_8));
        return chain;
    }

    /** Continues a chain from the hash of its last entry, as the application does entry by entry. */
    public static HashChain resume(String head) {
        return new HashChain(head);
    }

    /** Appends a ballot given in canonical form; returns the entry's hash. */
    public String append(String canonicalBallot) {
        digest.update(head.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        head = hash(canonicalBallot.getBytes(StandardCharsets.UTF_8));
        return head;
    }

    public String head() {
        return head;
    }

    private String hash(byte[] last) {
        return HEX.formatHex(digest.digest(last));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
