package vn.dangbo.shared;

import org.jspecify.annotations.Nullable;

/** Where to mail a member; the module that keeps members implements it. */
public interface MailAddresses {

    /** The member's e-mail address, or null when none is on record. */
    @Nullable String emailOf(long memberId);
}
