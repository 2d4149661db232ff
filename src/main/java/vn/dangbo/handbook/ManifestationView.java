package vn.dangbo.handbook;

/** A manifestation as shown; {@code wordingConfirmed} is false where only its theme is known. */
public record ManifestationView(String code, int group, int position, String wording, boolean wordingConfirmed) {
}
