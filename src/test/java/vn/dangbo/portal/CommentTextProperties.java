package vn.dangbo.portal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextProperties {

    @Property
    void cleanTextHoldsNoControlCharacterButLineBreaksAndTabs(@ForAll String typed) {
        CommentText.clean(typed).codePoints().forEach(c -> {
            assertThat(c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL).isTrue();
            assertThat(c).isNotIn(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF);
        });
    }

    @Property
    void cleaningTwiceChangesNothing(@ForAll String typed) {
        String once = CommentText.clean(typed);
        assertThat(CommentText.clean(once)).isEqualTo(once);
    }

    @Property
    void aLineHasNoLineBreak(@ForAll String typed) {
        assertThat(CommentText.cleanLine(typed)).doesNotContain("\n", "\r");
    }

    @Test
    void markupIsKeptAsTyped() {
        assertThat(CommentText.clean("<script>alert(1)</script> & \"x\"")).isEqualTo("<script>alert(1)</script> & \"x\"");
    }

    @Test
    void anIpv6ClientIsItsSlash64AndAnIpv4ClientItsAddress() {
        assertThat(ClientAddresses.network("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddresses.network("2001:db8:1:2:bbbb::9"));
        assertThat(ClientAddresses.network("2001:db8:1:2::1")).isNotEqualTo(ClientAddresses.network("2001:db8:1:3::1"));
        assertThat(ClientAddresses.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.network("203.0.113.7")).isNotEqualTo(ClientAddresses.network("203.0.113.8"));
        assertThat(ClientAddresses.network("not.an-address.example")).isEqualTo("not.an-address.example");
    }
}
