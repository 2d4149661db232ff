package vn.dangbo.demo;

import vn.dangbo.handbook.DocumentForm;
import vn.dangbo.handbook.DocumentType;
import vn.dangbo.handbook.DocumentVisibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented party documents for the search benchmark: numbers, issuers, titles and bodies put
 * together from the phrases such documents use, with diacritics and their near misses
 * ("đường" and "dương", "Đảng" and "dang"), so the index sees what a real library holds.
 */
final class DocumentDataSet {

    private static final String[] ISSUERS = {"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Tỉnh ủy",
            "Ban Thường vụ Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Sở Khoa học và Công nghệ",
            "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy"};
    private static final String[] SYMBOLS = {"NQ/TW", "CT/TW", "QĐ/TW", "KL/TW", "HD/BTCTW", "NQ/TU", "CT/TU", "KH/TU",
            "TB/TU", "HD/BTGTU", "KH/ĐU", "TB/ĐU", "NQ/ĐU", "BC/ĐU"};
    private static final String[] OPENINGS = {"Nghị quyết về", "Chỉ thị về", "Quy định về", "Kết luận về", "Hướng dẫn",
            "Kế hoạch thực hiện", "Thông báo kết luận về", "Báo cáo sơ kết", "Chương trình hành động thực hiện"};
    private static final String[] TOPICS = {"tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
            "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "nâng cao chất lượng sinh hoạt chi bộ", "công tác phát triển đảng viên trong giai đoạn mới",
            "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
            "xây dựng đường lối phát triển kinh tế tư nhân", "bảo vệ nền tảng tư tưởng của Đảng",
            "phòng, chống tham nhũng, lãng phí, tiêu cực", "công tác cán bộ và quy hoạch cán bộ lãnh đạo, quản lý",
            "thực hành tiết kiệm trong cơ quan, đơn vị", "xây dựng nông thôn mới và đô thị văn minh",
            "phát triển nguồn nhân lực chất lượng cao", "tăng cường công tác kiểm tra, giám sát của Đảng",
            "công tác dân vận của hệ thống chính trị", "bảo vệ môi trường và ứng phó với biến đổi khí hậu",
            "giữ gìn bản sắc văn hóa dân tộc vùng đồng bào dân tộc thiểu số",
            "phát triển kinh tế biển và vùng ven biển Dương Đông", "nâng cao hiệu quả tiêu chuẩn, đo lường, chất lượng"};
    private static final String[] PERIODS = {"giai đoạn 2021–2025", "đến năm 2030, tầm nhìn đến năm 2045", "trong tình hình mới",
            "nhiệm kỳ 2025–2030", "năm 2026", ""};
    private static final String[] SENTENCES = {
            "Các cấp ủy, tổ chức đảng tổ chức quán triệt sâu rộng nội dung nghị quyết đến từng cán bộ, đảng viên.",
            "Người đứng đầu cấp ủy chịu trách nhiệm trực tiếp về kết quả thực hiện tại cơ quan, đơn vị mình.",
            "Mỗi đảng viên xây dựng kế hoạch tu dưỡng, rèn luyện và báo cáo kết quả trong sinh hoạt chi bộ hằng tháng.",
            "Tăng cường kiểm tra, giám sát việc thực hiện, kịp thời phát hiện và xử lý nghiêm các vi phạm.",
            "Đổi mới nội dung, phương thức lãnh đạo của Đảng, phát huy dân chủ đi đôi với giữ vững kỷ luật, kỷ cương.",
            "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác đảng và quản lý đảng viên.",
            "Kiên quyết đấu tranh với các quan điểm sai trái, thù địch trên không gian mạng.",
            "Chú trọng bồi dưỡng quần chúng ưu tú, kết nạp đảng viên trong đoàn viên thanh niên và lao động trẻ.",
            "Rà soát, bổ sung quy chế làm việc, bảo đảm đúng nguyên tắc tập trung dân chủ.",
            "Thực hiện nghiêm chế độ tự phê bình và phê bình, nêu gương của cán bộ, đảng viên.",
            "Bố trí đủ nguồn lực cho các chương trình, đề án trọng điểm; ưu tiên nhiệm vụ khoa học và công nghệ cấp tỉnh.",
            "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong giám sát và phản biện xã hội.",
            "Sơ kết, tổng kết định kỳ, biểu dương, khen thưởng tập thể và cá nhân có thành tích tiêu biểu.",
            "Mở rộng đường giao thông nông thôn, bảo đảm an toàn cho người dân khi mùa mưa bão đến.",
            "Nghiên cứu, ứng dụng tiến bộ khoa học vào sản xuất nông nghiệp, nâng cao giá trị sản phẩm chủ lực của tỉnh.",
            "Thực hiện tốt công tác bảo vệ chính trị nội bộ, giữ gìn bí mật nhà nước và bí mật của Đảng."};
    private static final DocumentType[] TYPES = {DocumentType.RESOLUTION, DocumentType.DIRECTIVE, DocumentType.REGULATION,
            DocumentType.CONCLUSION, DocumentType.GUIDANCE, DocumentType.PLAN, DocumentType.NOTICE};

    private DocumentDataSet() {
    }

    /** {@code count} documents from the seed, numbered from {@code first}, issued 2010 – 2025. */
    static List<DocumentForm> invented(int first, int count, long seed) {
        Random random = new Random(seed);
        List<DocumentForm> forms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = first + i;
            String symbol = SYMBOLS[random.nextInt(SYMBOLS.length)];
            String issuer = ISSUERS[random.nextInt(ISSUERS.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String period = PERIODS[random.nextInt(PERIODS.length)];
            String title = (OPENINGS[random.nextInt(OPENINGS.length)] + " " + topic + " " + period).strip();
            StringBuilder body = new StringBuilder();
            int paragraphs = 4 + random.nextInt(12);
            for (int p = 1; p <= paragraphs; p++) {
                body.append(p).append(". ");
                for (int s = 0; s < 2 + random.nextInt(4); s++) {
                    body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                }
                body.append('\n');
            }
            String summary = "Văn bản " + (topic.length() > 60 ? topic.substring(0, topic.indexOf(' ', 50) < 0 ? topic.length()
                    : topic.indexOf(' ', 50)) : topic) + ". " + SENTENCES[random.nextInt(SENTENCES.length)];
            LocalDate issued = LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
            DocumentVisibility visibility = random.nextInt(20) == 0 ? DocumentVisibility.COMMITTEE_ONLY : DocumentVisibility.ALL_MEMBERS;
            forms.add(new DocumentForm(TYPES[random.nextInt(TYPES.length)], (100 + n) + "-" + symbol, issuer, issued, title,
                    summary, body.toString(), visibility));
        }
        return forms;
    }
}
