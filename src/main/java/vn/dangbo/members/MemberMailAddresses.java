package vn.dangbo.members;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.shared.MailAddresses;

/** Where the notifications module mails a member: the address on their record, if any. */
@Component
class MemberMailAddresses implements MailAddresses {

    private final Members members;

    MemberMailAddresses(Members members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable String emailOf(long memberId) {
        return members.findById(memberId).map(Member::getEmail).orElse(null);
    }
}
