package vn.dangbo.portal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

    @Test
    void marksTheChangedWordsOnly() {
        List<WordDiff.Piece> pieces = WordDiff.between("Đại hội bầu 9 đồng chí", "Đại hội bầu 7 đồng chí vào Ban Chấp hành");
        assertThat(pieces).contains(new WordDiff.Piece(WordDiff.Kind.DELETED, "9"), new WordDiff.Piece(WordDiff.Kind.INSERTED, "7"));
        assertThat(pieces.getFirst()).isEqualTo(new WordDiff.Piece(WordDiff.Kind.SAME, "Đại hội bầu "));
        assertThat(pieces.getLast().kind()).isEqualTo(WordDiff.Kind.INSERTED);
        assertThat(pieces.getLast().text()).isEqualTo(" vào Ban Chấp hành");
    }

    @Test
    void theOldTextIsWhatIsNotInsertedAndTheNewTextIsWhatIsNotDeleted() {
        String before = "Đoạn một.\n\nĐoạn hai có <script>x</script> chữ.";
        String after = "Đoạn một đã sửa.\n\nĐoạn ba có chữ.";
        List<WordDiff.Piece> pieces = WordDiff.between(before, after);
        assertThat(pieces.stream().filter(p -> !p.inserted()).map(WordDiff.Piece::text).collect(Collectors.joining())).isEqualTo(before);
        assertThat(pieces.stream().filter(p -> !p.deleted()).map(WordDiff.Piece::text).collect(Collectors.joining())).isEqualTo(after);
        assertThat(WordDiff.changed(pieces)).isTrue();
        assertThat(WordDiff.changed(WordDiff.between(before, before))).isFalse();
    }
}
