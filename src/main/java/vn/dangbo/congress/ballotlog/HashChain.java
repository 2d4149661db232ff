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

    private String head;

    private HashChain(String head) {
        this.head = head;
    }

    public static HashChain start(String electionId) {
        return new HashChain(sha256(electionId));
    }

    /** Continues a chain from the hash of its last entry, as the application does entry by entry. */
    public static HashChain resume(String head) {
        return new HashChain(head);
    }

    /** Appends a ballot given in canonical form; returns the entry's hash. */
    public String append(String canonicalBallot) {
        head = sha256(head + "\n" + canonicalBallot);
        return head;
    }

    public String head() {
        return head;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
