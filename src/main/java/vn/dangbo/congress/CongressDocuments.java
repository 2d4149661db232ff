package vn.dangbo.congress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.dangbo.congress.counting.Base;
import vn.dangbo.congress.counting.CandidateTally;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Ruling;
import vn.dangbo.congress.counting.Validity;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.PartyDocument;
import vn.dangbo.shared.PartyDocumentWriter;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The documents of a congress in the party format (36-HD/VPTW): the counting minutes of each round
 * (biên bản kiểm phiếu, R14–R25), the congress resolution (nghị quyết) and the printable ballots.
 * They are official papers and always in Vietnamese, whatever the reader's interface language; the
 * labels of enums come from the Vietnamese bundle. Results not yet approved by the higher committee
 * carry {@link #PROVISIONAL} (R26).
 */
@Service
public class CongressDocuments {

    public static final String PROVISIONAL = "KẾT QUẢ TẠM THỜI — CHỜ CẤP TRÊN CHUẨN Y";
    /** One download prints at most this many ballots; the board prints the file again for more. */
    public static final int MAX_BALLOT_PAGES = 300;

    private static final Map<Validity, String> INVALID_REASONS = new EnumMap<>(Map.of(
            Validity.NOT_ISSUED, "không phải phiếu do Ban kiểm phiếu phát ra (không có dấu, phiếu chụp, phiếu vòng khác)",
            Validity.MORE_KEPT_THAN_SEATS, "để lại nhiều tên hơn số cần bầu",
            Validity.EVERY_NAME_STRUCK, "gạch hết tên trong danh sách",
            Validity.NAME_ADDED, "ghi thêm tên ngoài danh sách",
            Validity.SINGLE_NAME_UNCLEAR, "đánh cả hai ô hoặc không đánh ô nào (danh sách một người)",
            Validity.EVERY_NAME_UNCLEAR, "mọi tên đều đánh cả hai ô hoặc không đánh ô nào",
            Validity.RULED_INVALID, "Ban kiểm phiếu quyết định không hợp lệ (phiếu nghi vấn)"));

    private final CongressManagement congresses;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final String place;

    CongressDocuments(CongressManagement congresses, OrganizationDirectory organization, MessageSource messages,
                      @Value("${dangbo.documents.place:Hà Tĩnh}") String place) {
        this.congresses = congresses;
        this.organization = organization;
        this.messages = messages;
        this.place = place;
    }

    // ---- counting minutes ----

    private static String ruled(CongressViews.RuledBallot ballot) {
        boolean valid = ballot.ruling().verdict() == Ruling.Verdict.VALID;
        String voided = valid && !ballot.validity().valid()
                ? " Phiếu vẫn không hợp lệ vì " + INVALID_REASONS.getOrDefault(ballot.validity(), ballot.validity().name()) + "." : "";
        return "Phiếu số " + ballot.seq() + ": Ban kiểm phiếu quyết định " + (valid ? "hợp lệ" : "không hợp lệ")
                + ". Lý do: " + ballot.ruling().reason().strip().replaceAll("[.。]+$", "") + "." + voided;
    }

    /** The counting minutes of a counted round. */
    public PartyDocument minutes(long congressId, long electionId, int number) {
        CongressViews.Details details = congresses.details(congressId);
        CongressViews.Election election = congresses.election(congressId, electionId);
        CongressViews.RoundSummary round = election.rounds().stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> CongressNotFound.round(electionId, number));
        CountResult result = congresses.result(congressId, electionId, number)
                .orElseThrow(() -> new CongressException("Vòng " + number + " chưa kiểm phiếu xong; biên bản có khi kết thúc kiểm phiếu."));
        CongressView congress = details.congress();
        LocalDate day = round.closedAt().map(at -> LocalDate.ofInstant(at, VietnameseDates.ZONE)).orElse(congress.closesOn());
        // A congress entered after the fact is counted today; its minutes keep a day of the congress.
        day = day.isBefore(congress.opensOn()) ? congress.opensOn() : day.isAfter(congress.closesOn()) ? congress.closesOn() : day;

        List<PartyDocument.Block> body = new ArrayList<>();
        String what = lowerFirst(election.title()) + roundLabel(round);
        body.add(new PartyDocument.Paragraph("Hôm nay, ngày " + VietnameseDates.date(day) + ", tại " + congress.name()
                + ", Ban kiểm phiếu gồm các đồng chí có tên dưới đây đã kiểm phiếu " + what + "."));
        body.add(new PartyDocument.Heading("I. BAN KIỂM PHIẾU"));
        List<String> board = details.convened().stream().filter(c -> details.board().contains(c.memberId()))
                .map(c -> "Đồng chí " + c.fullName()).toList();
        body.add(new PartyDocument.Bullets(board.isEmpty() ? List.of("(chưa ghi Ban kiểm phiếu)") : board));

        body.add(new PartyDocument.Heading("II. CƠ SỐ TÍNH KẾT QUẢ (N)"));
        Base base = result.base();
        body.add(new PartyDocument.Field(congress.kind() == CongressKind.DELEGATES || election.kind().byCongress()
                ? "Số được triệu tập" : "Số ủy viên đương nhiệm", String.valueOf(base.convened())));
        List<String> items = new ArrayList<>();
        base.subtracted().forEach(i -> items.add("Trừ " + label("Exclusion." + i.reason()) + ": " + i.count()));
        base.kept().forEach(i -> items.add("Vẫn tính vào cơ số — " + label("Exclusion." + i.reason()) + ": " + i.count()));
        if (!items.isEmpty()) {
            body.add(new PartyDocument.Bullets(items));
        }
        body.add(new PartyDocument.Field("Cơ số N", String.valueOf(base.value())));
        body.add(new PartyDocument.Field("Số phiếu cần để trúng cử (số phiếu × 2 > N)", String.valueOf(result.needed())));

        body.add(new PartyDocument.Heading("III. SỐ PHIẾU"));
        body.add(new PartyDocument.Field("Số cần bầu", String.valueOf(result.seats())));
        body.add(new PartyDocument.Field("Số người trong danh sách", String.valueOf(round.candidates().size())));
        body.add(new PartyDocument.Field("Hình thức", round.method() == Method.STRIKE_OUT
                ? "gạch tên (mỗi tên không bị gạch được một phiếu)" : "đồng ý / không đồng ý (mỗi tên một dấu)"));
        body.add(new PartyDocument.Field("Số phiếu phát ra", String.valueOf(result.issued())));
        body.add(new PartyDocument.Field("Số phiếu thu vào", String.valueOf(result.collected())));
        body.add(new PartyDocument.Field("Số phiếu hợp lệ", String.valueOf(result.valid())));
        body.add(new PartyDocument.Field("Số phiếu không hợp lệ", String.valueOf(result.invalid())));
        List<String> invalid = result.byValidity().entrySet().stream()
                .filter(e -> !e.getKey().valid() && e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> INVALID_REASONS.getOrDefault(e.getKey(), e.getKey().name()) + ": " + e.getValue()).toList();
        if (!invalid.isEmpty()) {
            body.add(new PartyDocument.Bullets(invalid));
        }
        List<CongressViews.RuledBallot> rulings = congresses.rulings(congressId, electionId, number);
        if (!rulings.isEmpty()) {
            body.add(new PartyDocument.Paragraph("Phiếu nghi vấn Ban kiểm phiếu đã xem xét và quyết định (số thứ tự theo nhật ký phiếu của vòng):"));
            body.add(new PartyDocument.Bullets(rulings.stream().map(CongressDocuments::ruled).toList()));
        }

        body.add(new PartyDocument.Heading("IV. KẾT QUẢ KIỂM PHIẾU"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (CandidateTally t : result.candidates()) {
            rows.add(List.of(String.valueOf(i++), t.candidate().name(), String.valueOf(t.votes()), percent(t.percentOfBase()),
                    t.elected() ? "Trúng cử" : t.passed() ? "Quá nửa, ngoài số cần bầu" : "Không trúng cử"));
        }
        body.add(new PartyDocument.Table(List.of("TT", "Họ và tên", "Số phiếu", "Tỷ lệ so với N", "Kết quả"), rows));
        List<CandidateTally> elected = result.candidates().stream().filter(CandidateTally::elected).toList();
        if (elected.isEmpty()) {
            body.add(new PartyDocument.Paragraph("Không có đồng chí nào được quá một nửa số phiếu so với cơ số N: vòng này không có người trúng cử."));
        } else {
            body.add(new PartyDocument.Paragraph("Căn cứ kết quả trên, các đồng chí sau đây trúng cử (theo thứ tự số phiếu từ cao xuống thấp):"));
            body.add(new PartyDocument.Bullets(elected.stream().map(t -> t.candidate().name() + ": " + t.votes() + " phiếu, đạt "
                    + percent(t.percentOfBase()) + " so với N").toList()));
        }
        result.tie().ifPresent(tie -> body.add(new PartyDocument.Paragraph("Các đồng chí " + names(round, tie.candidates())
                + " bằng phiếu nhau ở vị trí cuối: đại hội bầu lại giữa những đồng chí này cho " + tie.seats() + " chỗ.")));
        if (result.vacant() > 0) {
            body.add(new PartyDocument.Paragraph("Còn thiếu " + result.vacant() + " người so với số cần bầu; đại hội quyết định bầu tiếp "
                    + "trong số những người chưa trúng cử hoặc để khuyết."));
        }
        body.add(election.approval().isEmpty() ? new PartyDocument.Heading(PROVISIONAL)
                : new PartyDocument.Paragraph(status(election.approval())));

        return new PartyDocument(congress.name(), "Ban kiểm phiếu", "", place, day, "Biên bản",
                "kiểm phiếu " + what, body,
                List.of(new PartyDocument.Signature("", "Thành viên", ""),
                        new PartyDocument.Signature("T/M Ban kiểm phiếu", "Trưởng ban", "")),
                List.of("Đoàn Chủ tịch đại hội", "Lưu Ban kiểm phiếu"));
    }

    public byte[] minutesDocx(long congressId, long electionId, int number) {
        return PartyDocumentWriter.docx(minutes(congressId, electionId, number));
    }

    public byte[] minutesPdf(long congressId, long electionId, int number) {
        return PartyDocumentWriter.pdf(minutes(congressId, electionId, number));
    }

    // ---- the congress resolution ----

    /** The congress resolution: the bodies it chose and the items it adopted by show of hands, and the elected. */
    public PartyDocument resolution(long congressId) {
        CongressViews.Details details = congresses.details(congressId);
        CongressView congress = details.congress();
        String committee = organization.findUnit(congress.organizationId()).map(u -> u.name()).orElse("");
        List<PartyDocument.Block> body = new ArrayList<>();
        body.add(new PartyDocument.Paragraph(congress.name() + ", nhiệm kỳ " + congress.termLabel() + ", họp từ ngày "
                + VietnameseDates.date(congress.opensOn()) + " đến ngày " + VietnameseDates.date(congress.closesOn())
                + "; có mặt " + details.present() + "/" + details.convened().size() + " "
                + (congress.kind() == CongressKind.DELEGATES ? "đại biểu" : "đảng viên") + " được triệu tập; cơ số N = "
                + details.base().value() + "."));
        List<CongressViews.Election> elections = details.elections().stream()
                .map(e -> congresses.election(congressId, e.id())).toList();
        boolean provisional = elections.stream().anyMatch(e -> !e.elected().isEmpty() && e.approval().isEmpty());
        if (provisional) {
            body.add(new PartyDocument.Heading(PROVISIONAL));
        }
        body.add(new PartyDocument.Heading("QUYẾT NGHỊ:"));
        int item = 1;
        for (CongressViews.Vote vote : details.votes()) {
            if (!vote.adopted()) {
                continue;
            }
            String count = " (" + vote.count().inFavour() + "/" + vote.count().base() + " tán thành, đạt "
                    + percent(vote.count().percentInFavour()) + " so với N)";
            if (vote.kind().choosesPeople()) {
                body.add(new PartyDocument.Paragraph(item++ + ". Biểu quyết chọn " + vote.title() + " gồm các đồng chí: "
                        + String.join(", ", vote.chosen()) + count + "."));
            } else {
                body.add(new PartyDocument.Paragraph(item++ + ". Thông qua " + lowerFirst(vote.title()) + count + "."));
            }
        }
        for (CongressViews.Election e : elections) {
            if (e.elected().isEmpty()) {
                continue;
            }
            body.add(new PartyDocument.Paragraph(item++ + ". " + e.title() + ": bầu " + e.seats() + ", trúng cử "
                    + e.elected().size() + " đồng chí (" + e.approval().map(a -> "đã được " + a.body() + " chuẩn y tại Quyết định số "
                    + a.decisionNumber() + " ngày " + VietnameseDates.date(a.decidedOn()))
                    .orElse(PROVISIONAL.toLowerCase(VietnameseText.LOCALE)) + "):"));
            body.add(new PartyDocument.Bullets(e.elected().stream().map(m -> m.fullName() + " (" + m.votes() + " phiếu, "
                    + percent(m.percentOfBase()) + " so với N)").toList()));
        }
        if (item == 1) {
            body.add(new PartyDocument.Paragraph("Chưa có nội dung nào được đại hội biểu quyết thông qua hoặc bầu."));
        }
        body.add(new PartyDocument.Paragraph("Đại hội giao Ban Chấp hành khóa mới lãnh đạo, tổ chức thực hiện thắng lợi Nghị quyết này."));
        return new PartyDocument(committee, congress.name(), "", place, congress.closesOn(), "Nghị quyết",
                lowerFirst(congress.name()) + ", nhiệm kỳ " + congress.termLabel(), body,
                List.of(new PartyDocument.Signature("T/M Đoàn Chủ tịch", "Chủ tọa", "")),
                List.of("Cấp ủy cấp trên (để báo cáo)", "Các chi bộ trực thuộc", "Lưu Văn phòng cấp ủy"));
    }

    public byte[] resolutionDocx(long congressId) {
        return PartyDocumentWriter.docx(resolution(congressId));
    }

    public byte[] resolutionPdf(long congressId) {
        return PartyDocumentWriter.pdf(resolution(congressId));
    }

    // ---- printable ballots (R10–R12) ----

    /** How many pages the ballot file of a round has: one per ballot to issue, at most {@link #MAX_BALLOT_PAGES}. */
    public static int ballotPages(int issued) {
        return Math.clamp(issued, 1, MAX_BALLOT_PAGES);
    }

    /**
     * The ballots of a round, one A5 page each: the stamp area top left (R10), the congress and the
     * election, the names in ballot order each in its box, and how to vote. No ballot carries a number:
     * a ballot must not tell who cast it.
     */
    public byte[] ballotsPdf(long congressId, long electionId, int number) {
        CongressViews.Details details = congresses.details(congressId);
        CongressViews.Election election = congresses.election(congressId, electionId);
        CongressViews.RoundSummary round = election.rounds().stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> CongressNotFound.round(electionId, number));
        boolean strikeOut = round.method() == Method.STRIKE_OUT;
        StringBuilder one = new StringBuilder();
        one.append("<div class=\"ballot\"><table class=\"head\"><tr><td class=\"stamp\">Nơi đóng dấu<br/>của cấp ủy triệu tập</td>")
                .append("<td class=\"party\"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></td></tr></table>")
                .append("<p class=\"congress\">").append(t(details.congress().name().toUpperCase(VietnameseText.LOCALE))).append("</p>")
                .append("<h1>PHIẾU BẦU CỬ</h1>")
                .append("<p class=\"title\">").append(t(election.title())).append(t(roundLabel(round))).append("</p>")
                .append("<table class=\"names\"><tr><th class=\"no\">TT</th><th>Họ và tên</th>");
        if (!strikeOut) {
            one.append("<th class=\"box\">Đồng ý</th><th class=\"box\">Không đồng ý</th>");
        }
        one.append("</tr>");
        int i = 1;
        for (CongressViews.Candidate c : round.candidates()) {
            one.append("<tr><td class=\"no\">").append(i++).append("</td><td class=\"name\">").append(t(c.fullName())).append("</td>");
            if (!strikeOut) {
                one.append("<td class=\"box\"></td><td class=\"box\"></td>");
            }
            one.append("</tr>");
        }
        one.append("</table><p class=\"how\">").append(t(strikeOut
                ? "Đồng ý bầu đồng chí nào thì để nguyên tên; không đồng ý bầu đồng chí nào thì gạch ngang cả họ và tên đồng chí đó. "
                  + "Phiếu để lại quá " + round.seats() + " tên là phiếu không hợp lệ."
                : "Mỗi tên đánh dấu X vào một ô: Đồng ý hoặc Không đồng ý."))
                .append("</p></div>");
        StringBuilder html = new StringBuilder("<html><head><style>")
                .append("@page { size: A5; margin: 12mm 12mm 12mm 15mm; } body { font-family: 'Liberation Serif'; font-size: 12pt; }")
                .append(".ballot + .ballot { page-break-before: always; }")
                .append("table.head { width: 100%; border-collapse: collapse; } td.stamp { width: 35mm; height: 22mm; border: 1px dashed #000;")
                .append(" text-align: center; vertical-align: middle; font-size: 9pt; font-style: italic; } td.party { text-align: right; vertical-align: top; }")
                .append(".congress { text-align: center; font-weight: bold; margin: 4mm 0 0 0; } h1 { text-align: center; font-size: 16pt; margin: 3mm 0 1mm 0; }")
                .append(".title { text-align: center; font-style: italic; margin: 0 0 3mm 0; }")
                .append("table.names { width: 100%; border-collapse: collapse; } table.names th, table.names td { border: 1px solid #000; padding: 1.5mm 2mm; }")
                .append("td.no, th.no { width: 10mm; text-align: center; } th.box, td.box { width: 20mm; text-align: center; font-size: 10pt; }")
                .append(".how { font-size: 11pt; font-style: italic; margin-top: 3mm; }")
                .append("</style></head><body>");
        int pages = ballotPages(round.issued());
        String page = one.toString();
        html.append(page.repeat(pages));
        return PartyDocumentWriter.pdfFromXhtml(html.append("</body></html>").toString());
    }

    // ---- helpers ----

    static String status(Optional<Approval> approval) {
        return approval.map(a -> "Kết quả đã được " + a.body() + " chuẩn y tại Quyết định số " + a.decisionNumber()
                + " ngày " + VietnameseDates.date(a.decidedOn()) + ".").orElse(PROVISIONAL + ".");
    }

    /** "90.32" as the party's documents write it: "90,32%". */
    static String percent(String figure) {
        return figure.replace('.', ',') + "%";
    }

    private static String roundLabel(CongressViews.RoundSummary round) {
        return round.number() == 1 ? " (vòng 1)" : " (vòng " + round.number() + (round.kind() == vn.dangbo.congress.counting.Round.Kind.TIE_REVOTE
                ? ", bầu lại giữa những người bằng phiếu)" : ")");
    }

    private static String names(CongressViews.RoundSummary round, List<String> codes) {
        Map<String, String> byCode = round.candidates().stream()
                .collect(Collectors.toMap(CongressViews.Candidate::code, CongressViews.Candidate::fullName));
        return codes.stream().map(c -> byCode.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, VietnameseText.LOCALE);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VietnameseText.LOCALE) + s.substring(1);
    }

    private static String t(String s) {
        return PartyDocumentWriter.text(s);
    }
}
