package vn.dangbo.congress.ballotlog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader works on the file's bytes: what it makes of non-ASCII text, escapes and bytes that are not UTF-8. */
class JsonReaderTests {

    static Json parse(byte[] bytes) throws JsonSyntaxError {
        return JsonReader.parse(bytes);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsNonAsciiTextEscapesAndSupplementaryCharactersAsTheSameStrings() throws Exception {
        String text = "\uFEFF{\"name\": \"Nguyễn \\\"Văn\\\" An\\n😀\", \"smile\": \"\\ud83d\\ude00\", \"ids\": [\"c1\", \"c2\"], \"n\": -12}";
        Json.Obj read = (Json.Obj) parse(utf8(text));
        assertThat(read.members()).containsExactly(
                Map.entry("name", new Json.Str("Nguyễn \"Văn\" An\n😀")),
                Map.entry("smile", new Json.Str("😀")),
                Map.entry("ids", new Json.Arr(List.of(new Json.Str("c1"), new Json.Str("c2")))),
                Map.entry("n", new Json.Num("-12")));
        assertThat(JsonReader.parse(text)).isEqualTo(read);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLineAndColumn() {
        byte[] latin1 = "{\"a\": 1,\n \"Nguy\u00ean\": 2}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parse(latin1)).isInstanceOf(JsonSyntaxError.class)
                .hasMessageContaining("UTF-8").hasMessageContaining("dòng 2, cột 7");
        byte[] afterGoodText = concat(utf8("{\"a\": \"Trần ễ"), new byte[] {(byte) 0xFF}, utf8("\"}"));
        assertThatThrownBy(() -> parse(afterGoodText)).hasMessageContaining("UTF-8").hasMessageContaining("dòng 1, cột 14");
        byte[] truncated = {'"', 'a', (byte) 0xE1, (byte) 0xBB};
        assertThatThrownBy(() -> parse(truncated)).hasMessageContaining("UTF-8");
        byte[] encodedSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThatThrownBy(() -> parse(encodedSurrogate)).hasMessageContaining("UTF-8");
        byte[] outsideAString = {'[', (byte) 0xFF, ']'};
        assertThatThrownBy(() -> parse(outsideAString)).hasMessageContaining("UTF-8");
    }

    @Test
    void aNonAsciiCharacterOutsideAStringIsNamedAndItsColumnCountedInCharacters() {
        assertThatThrownBy(() -> parse(utf8("[\"ễ\", ễ]"))).isInstanceOf(JsonSyntaxError.class)
                .hasMessageContaining("dòng 1, cột 7").hasMessageContaining("U+1EC5");
    }

    @Test
    void aLoneSurrogateInAJavaStringIsRefusedNotWrittenAsAQuestionMark() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": \"x\ud800\"}")).isInstanceOf(JsonSyntaxError.class)
                .hasMessageContaining("surrogate").hasMessageContaining("cột 9");
        assertThatThrownBy(() -> JsonReader.parse("[\"\ude00\"]")).hasMessageContaining("surrogate");
    }
}
