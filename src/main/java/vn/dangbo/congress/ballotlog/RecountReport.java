package vn.dangbo.congress.ballotlog;

import vn.dangbo.congress.counting.Base;
import vn.dangbo.congress.counting.CandidateTally;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.Exclusion;
import vn.dangbo.congress.counting.Tie;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.dangbo.congress.ballotlog.JsonWriter.num;
import static vn.dangbo.congress.ballotlog.JsonWriter.object;
import static vn.dangbo.congress.ballotlog.JsonWriter.str;
import static vn.dangbo.congress.ballotlog.JsonWriter.strings;

/** What {@code recount} prints: the JSON of ballot-log.md, or a table in Vietnamese. */
public final class RecountReport {

    private RecountReport() {
    }

    public static Json json(CountResult result) {
        List<Json> candidates = new ArrayList<>();
        for (CandidateTally tally : result.candidates()) {
            candidates.add(object(
                    "id", str(tally.id()),
                    "name", str(tally.candidate().name()),
                    "votes", num(tally.votes()),
                    "percentOfBase", str(tally.percentOfBase()),
                    "elected", new Json.Bool(tally.elected())));
        }
        Json tie = Json.Null.NULL;
        if (result.tie().isPresent()) {
            Tie t = result.tie().get();
            tie = object("candidates", strings(t.candidates()), "seats", num(t.seats()));
        }
        Map<String, Json> out = new LinkedHashMap<>();
        out.put("election", str(result.electionId()));
        out.put("round", num(result.round()));
        out.put("seats", num(result.seats()));
        out.put("base", num(result.base().value()));
        out.put("needed", num(result.needed()));
        out.put("issued", num(result.issued()));
        out.put("collected", num(result.collected()));
        out.put("valid", num(result.valid()));
        out.put("invalid", num(result.invalid()));
        out.put("candidates", new Json.Arr(candidates));
        out.put("elected", strings(result.elected()));
        out.put("tie", tie);
        out.put("vacant", num(result.vacant()));
        return new Json.Obj(out);
    }

    public static String table(CountResult result, BallotLog log) {
        StringBuilder out = new StringBuilder();
        out.append("KẾT QUẢ KIỂM PHIẾU (kiểm lại từ nhật ký phiếu)\n");
        out.append(Messages.printable(log.title())).append('\n');
        out.append("Mã cuộc bầu: ").append(Messages.printable(result.electionId()))
                .append(" · Vòng ").append(result.round())
                .append(" · Số cần bầu: ").append(result.seats()).append("\n\n");
        out.append("Cơ số tính kết quả (N): ").append(baseLine(result.base())).append('\n');
        out.append("Số phiếu cần để trúng cử: ").append(result.needed())
                .append(" (số phiếu × 2 > ").append(result.base().value()).append(")\n");
        out.append("Phiếu phát ra: ").append(result.issued())
                .append(" · thu vào: ").append(result.collected())
                .append(" · hợp lệ: ").append(result.valid())
                .append(" · không hợp lệ: ").append(result.invalid()).append("\n\n");

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TT", "Mã", "Họ và tên", "Số phiếu", "% trên N", "Kết quả"});
        int rank = 0;
        java.util.Set<String> tied = new java.util.HashSet<>(result.tie().isPresent() ? result.tie().get().candidates() : List.of());
        for (CandidateTally tally : result.candidates()) {
            String outcome = tally.elected() ? "Trúng cử" : tied.contains(tally.id()) ? "Bằng phiếu, bầu lại" : "Không trúng cử";
            rows.add(new String[] {String.valueOf(++rank), Messages.clip(tally.id()), Messages.clip(tally.candidate().name()),
                    String.valueOf(tally.votes()), tally.percentOfBase(), outcome});
        }
        int[] widths = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean right = i == 0 || i == 3 || i == 4;
                String pad = " ".repeat(widths[i] - width(row[i]));
                line.append(right ? pad + row[i] : row[i] + (i < row.length - 1 ? pad : "")).append(i < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n');
        out.append("Trúng cử: ").append(result.elected().size()).append('/').append(result.seats());
        if (!result.elected().isEmpty()) {
            out.append(" (").append(clippedList(result.elected())).append(')');
        }
        out.append('\n');
        if (result.tie().isPresent()) {
            Tie tie = result.tie().get();
            out.append("Bằng phiếu ở chỗ cuối: ").append(clippedList(tie.candidates()))
                    .append(" — bầu lại giữa những người này cho ").append(tie.seats()).append(" chỗ.\n");
        }
        out.append("Còn thiếu: ").append(result.vacant()).append('\n');
        out.append("Chuỗi băm hợp lệ; mã băm cuối: ").append(log.chainHead()).append('\n');
        return out.toString();
    }

    private static String baseLine(Base base) {
        StringBuilder line = new StringBuilder().append(base.value()).append(" = ").append(base.convened()).append(" được triệu tập");
        for (Base.Item item : base.subtracted()) {
            line.append(" − ").append(item.count()).append(' ').append(reason(item.reason()));
        }
        for (Base.Item item : base.kept()) {
            line.append(" (").append(item.count()).append(' ').append(reason(item.reason())).append(": vẫn tính)");
        }
        return line.toString();
    }

    static String reason(Exclusion exclusion) {
        return switch (exclusion) {
            case TRANSFERRED -> "chuyển sinh hoạt tạm thời";
            case EXEMPT_ABSENT -> "miễn sinh hoạt và vắng mặt";
            case SUSPENDED -> "đang bị đình chỉ sinh hoạt";
            case PROSECUTED -> "bị khởi tố, truy tố, tạm giam";
            case ABSENT_ACCEPTED -> "vắng mặt có lý do được chấp nhận";
            case COMMITTEE_ABSENT -> "cấp ủy viên triệu tập vắng mặt suốt đại hội";
            case DELEGATE_ABSENT_NOT_REPLACED -> "đại biểu vắng mặt không có người thay";
            case ABSENT_UNEXCUSED -> "vắng mặt không có lý do được chấp nhận";
        };
    }

    private static int width(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int width = 0;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            width += Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static String clippedList(List<String> ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            out.append(out.isEmpty() ? "" : ", ").append(Messages.clip(id));
        }
        return out.toString();
    }
}
