package vn.dangbo.congress.ballotlog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTests {

    static Json parse(String text) throws JsonSyntaxError {
        return JsonReader.parse(text);
    }

    @Test
    void sortsKeysByUtf16CodeUnitsAsRfc8785Asks() throws Exception {
        // The property-sorting example of RFC 8785 §3.2.3: code units, not code points.
        String input = "{\"\\u20ac\":\"Euro\",\"\\r\":\"CR\",\"\\ufb33\":\"Hebrew\",\"1\":\"One\","
                + "\"\\ud83d\\ude00\":\"Smiley\",\"\\u0080\":\"Control\",\"\\u00f6\":\"o\"}";
        assertThat(JsonWriter.canonical(parse(input))).isEqualTo(
                "{\"\\r\":\"CR\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"o\",\"€\":\"Euro\","
                        + "\"\ud83d\ude00\":\"Smiley\",\"\ufb33\":\"Hebrew\"}");
    }

    @Test
    void writesNonAsciiAsItselfAndEscapesOnlyQuotesBackslashesAndControls() throws Exception {
        Json ballot = parse("{ \"reason\" : \"Có chữ ký \\\"X\\\" \\\\ / \\u001f\\t\\u2028\", \"kept\" : [ \"c2\" , \"c1\" ] }");
        assertThat(JsonWriter.canonical(ballot))
                .isEqualTo("{\"kept\":[\"c2\",\"c1\"],\"reason\":\"Có chữ ký \\\"X\\\" \\\\ / \\u001f\\t\u2028\"}");
    }

    @Test
    void eachLinkHashesThePreviousHashANewlineAndTheCanonicalBallot() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String h0 = HexFormat.of().formatHex(sha.digest("dh-2025-bch-v1".getBytes(StandardCharsets.UTF_8)));
        String h1 = HexFormat.of().formatHex(sha.digest(
                (h0 + "\n{\"kept\":[\"c1\",\"c2\"]}").getBytes(StandardCharsets.UTF_8)));

        HashChain chain = HashChain.start("dh-2025-bch-v1");
        assertThat(chain.head()).isEqualTo(h0);
        assertThat(chain.append(JsonWriter.canonical(parse("{\"kept\": [\"c1\", \"c2\"]}")))).isEqualTo(h1).matches("[0-9a-f]{64}");
    }
}
