package vn.dangbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.portal.NewArticle;
import vn.dangbo.portal.NewsDesk;
import vn.dangbo.portal.Photo;
import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Loads the demo news after the organization and its congress: four sections and articles
 * written for the demo about the 4th congress (term 2020–2025: a 7-member executive committee,
 * 2 delegates to the higher congress) and the Resolution TW4 (XII) work (every member studied
 * the resolutions; each year at least 80% were rated good or better). The photos are simple
 * drawings made for the demo, under /img/portal/.
 */
@Component
class DemoPortal {

    private static final Logger log = LoggerFactory.getLogger(DemoPortal.class);

    private final NewsDesk desk;
    private final TransactionTemplate transaction;

    DemoPortal(NewsDesk desk, TransactionTemplate transaction) {
        this.desk = desk;
        this.transaction = transaction;
    }

    boolean loadIfEmpty() {
        if (desk.hasSections()) {
            return false;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo news loaded: 4 sections, 8 articles");
        return true;
    }

    private void load() {
        desk.createSection("Chính trị", 1);
        desk.createSection("Kinh tế", 2);
        desk.createSection("Xã hội", 3);
        desk.createSection("Khoa học – Công nghệ", 4);

        publish(at(2020, 5, 28, 22, 16), new NewArticle("chinh-tri",
                "100% đảng viên Đảng bộ học tập, quán triệt Nghị quyết Trung ương 4 khóa XII",
                "Sau bốn năm triển khai Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng, toàn bộ đảng viên của Đảng bộ Sở Khoa học và Công nghệ đã được học tập, quán triệt đầy đủ nghị quyết và các kết luận, quy định có liên quan.",
                """
                Ngay từ cuối năm 2016, Ban Thường vụ Đảng ủy đã xây dựng kế hoạch học tập và giao từng chi bộ tổ chức sinh hoạt chuyên đề. Đảng viên vắng mặt vì công tác được bố trí học bù, nên không ai bị bỏ sót.

                Mỗi đảng viên viết bản thu hoạch, đối chiếu bản thân với 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" mà nghị quyết nêu ra, rồi đăng ký những việc sẽ sửa trong năm.

                Theo báo cáo sơ kết, tỷ lệ đảng viên tham gia học tập đạt 100%. Đảng ủy đánh giá việc học tập đã đi vào nền nếp, gắn với việc làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở từng phòng, đơn vị.
                """,
                "Ngọc Lan", List.of(new Photo("/img/portal/hoc-tap-nghi-quyet.svg",
                        "Tranh minh họa những cuốn sách xếp cạnh nhau, dòng chữ: Học tập nghị quyết, 100% đảng viên",
                        "Đảng viên các chi bộ học tập Nghị quyết Trung ương 4 khóa XII (ảnh minh họa).", 1)),
                List.of("Nghị quyết Trung ương 4", "Xây dựng Đảng")));

        publish(at(2020, 6, 17, 17, 30), new NewArticle("chinh-tri",
                "Đảng bộ Sở Khoa học và Công nghệ tổ chức thành công Đại hội lần thứ IV, nhiệm kỳ 2020 – 2025",
                "Ngày 17/6, Đảng bộ Sở Khoa học và Công nghệ tiến hành Đại hội lần thứ IV, nhiệm kỳ 2020 – 2025, đánh giá kết quả nhiệm kỳ trước, đề ra phương hướng cho 5 năm tới và bầu Ban Chấp hành khóa mới.",
                """
                Đại hội diễn ra trong một ngày tại hội trường của Sở, với sự tham dự của các đảng viên chính thức thuộc 4 chi bộ trực thuộc. Đây là đại hội được tổ chức theo Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.

                Báo cáo chính trị ghi nhận trong nhiệm kỳ qua, Đảng bộ đã sắp xếp lại tổ chức, hợp nhất các chi bộ phòng quản lý, và duy trì việc học tập, làm theo nghị quyết một cách thường xuyên.

                Đại hội thống nhất phương hướng: nâng cao chất lượng sinh hoạt chi bộ, gắn nhiệm vụ chính trị với việc đưa khoa học và công nghệ vào sản xuất, đời sống ở địa phương.

                Kết thúc phiên làm việc, đại hội bầu Ban Chấp hành khóa IV gồm 7 đồng chí và bầu 2 đại biểu đi dự đại hội đảng bộ cấp trên.
                """,
                "Minh Quân", List.of(
                        new Photo("/img/portal/dai-hoi-lan-thu-iv.svg",
                                "Phông nền đỏ có ngôi sao vàng và dòng chữ Đại hội Đảng bộ lần thứ IV, nhiệm kỳ 2020 – 2025",
                                "Quang cảnh Đại hội Đảng bộ Sở Khoa học và Công nghệ lần thứ IV (ảnh minh họa).", 0),
                        new Photo("/img/portal/bieu-quyet.svg",
                                "Hình vẽ các cánh tay giơ thẻ biểu quyết trên nền xanh",
                                "Đảng viên biểu quyết thông qua nghị quyết đại hội (ảnh minh họa).", 3)),
                List.of("Đại hội Đảng", "Nhiệm kỳ 2020 – 2025")));

        publish(at(2020, 6, 17, 19, 5), new NewArticle("chinh-tri",
                "Ra mắt Ban Chấp hành Đảng bộ khóa IV gồm 7 đồng chí",
                "Ban Chấp hành Đảng bộ Sở Khoa học và Công nghệ khóa IV, nhiệm kỳ 2020 – 2025, gồm 7 đồng chí đã ra mắt đại hội và hứa trước đảng viên sẽ giữ vững đoàn kết, thực hiện thắng lợi nghị quyết.",
                """
                Việc bầu cử được tiến hành bằng phiếu kín, theo đúng quy chế bầu cử trong Đảng. Tổ kiểm phiếu kiểm từng phiếu hai lần trước khi công bố kết quả.

                Bảy đồng chí trúng cử đều đạt số phiếu trên một nửa số đảng viên có mặt dự đại hội. Ngay sau đại hội, Ban Chấp hành họp phiên thứ nhất để bầu Ban Thường vụ, Bí thư và Phó Bí thư Đảng ủy.

                Thay mặt Ban Chấp hành, đồng chí Bí thư Đảng ủy cảm ơn sự tín nhiệm của đảng viên và nhấn mạnh yêu cầu cụ thể hóa nghị quyết thành chương trình hành động ngay trong quý III.
                """,
                "Minh Quân", List.of(new Photo("/img/portal/ban-chap-hanh-ra-mat.svg",
                        "Hình vẽ bảy người đứng thành hàng trên nền đỏ, dòng chữ Ban Chấp hành 7 đồng chí",
                        "Ban Chấp hành Đảng bộ khóa IV ra mắt đại hội (ảnh minh họa).", 1)),
                List.of("Đại hội Đảng", "Nhiệm kỳ 2020 – 2025")));

        publish(at(2020, 6, 18, 8, 30), new NewArticle("chinh-tri",
                "Bầu 2 đại biểu dự đại hội đảng bộ cấp trên",
                "Đại hội Đảng bộ Sở Khoa học và Công nghệ lần thứ IV đã bầu 2 đại biểu chính thức đi dự đại hội đảng bộ cấp trên, nhiệm kỳ 2020 – 2025.",
                """
                Danh sách bầu cử đại biểu do Ban Chấp hành khóa III chuẩn bị, có tham khảo ý kiến các chi bộ. Đại hội thảo luận, biểu quyết thông qua số lượng và danh sách trước khi bỏ phiếu.

                Hai đại biểu trúng cử sẽ mang theo ý kiến đóng góp của đảng viên vào dự thảo văn kiện đại hội cấp trên, trong đó có đề xuất tăng đầu tư cho ứng dụng khoa học và công nghệ ở cơ sở.
                """,
                "Thu Hà", List.of(new Photo("/img/portal/bieu-quyet.svg",
                        "Hình vẽ các cánh tay giơ thẻ biểu quyết trên nền xanh",
                        "Đại hội biểu quyết danh sách bầu đại biểu đi dự đại hội cấp trên (ảnh minh họa).", 1)),
                List.of("Đại hội Đảng")));

        publish(at(2020, 7, 2, 15, 0), new NewArticle("xa-hoi",
                "Mỗi năm trên 80% đảng viên hoàn thành tốt nhiệm vụ trở lên",
                "Kết quả đánh giá, xếp loại chất lượng đảng viên của Đảng bộ cho thấy những năm thực hiện Nghị quyết Trung ương 4 khóa XII, năm nào cũng có ít nhất 80% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
                """
                Việc xếp loại được làm từ chi bộ: đảng viên tự kiểm điểm, tập thể chi bộ góp ý, rồi Đảng ủy xem xét, quyết định. Những hạn chế đã tự nhận ở bản kiểm điểm năm trước được đối chiếu lại ở năm sau.

                Đảng ủy cho rằng kết quả này phản ánh tinh thần tự soi, tự sửa của đảng viên, nhưng cũng lưu ý không chạy theo tỷ lệ, phải gắn xếp loại với kết quả công việc được giao.
                """,
                "Ngọc Lan", List.of(new Photo("/img/portal/bieu-do-xep-loai.svg",
                        "Biểu đồ cột bốn năm 2017 đến 2020, mọi cột đều cao hơn đường mốc 80%",
                        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên luôn trên mốc 80% (biểu đồ minh họa).", 1)),
                List.of("Nghị quyết Trung ương 4", "Đánh giá, xếp loại")));

        publish(at(2020, 7, 20, 9, 45), new NewArticle("xa-hoi",
                "Chi bộ sinh hoạt chuyên đề về nêu gương của đảng viên",
                "Thực hiện nghị quyết Đại hội lần thứ IV, các chi bộ trực thuộc Đảng bộ Sở Khoa học và Công nghệ đưa nội dung nêu gương vào sinh hoạt chuyên đề hằng quý.",
                """
                Mỗi buổi sinh hoạt chọn một tình huống cụ thể trong công việc, như tiếp nhận hồ sơ của doanh nghiệp hay thẩm định đề tài, để đảng viên cùng bàn cách làm đúng, làm nhanh.

                Các chi bộ cũng giao cho đảng viên trẻ giới thiệu những tấm gương tiêu biểu trong cơ quan, giúp buổi sinh hoạt gần gũi và thiết thực hơn.
                """,
                "Thu Hà", List.of(), List.of("Xây dựng Đảng")));

        publish(at(2020, 8, 5, 10, 20), new NewArticle("kinh-te",
                "Đưa nghị quyết đại hội vào chương trình hỗ trợ doanh nghiệp đổi mới công nghệ",
                "Cụ thể hóa Nghị quyết Đại hội Đảng bộ lần thứ IV, Sở Khoa học và Công nghệ xây dựng chương trình hỗ trợ doanh nghiệp nhỏ và vừa trong tỉnh đổi mới công nghệ giai đoạn 2020 – 2025.",
                """
                Chương trình tập trung vào tư vấn lựa chọn công nghệ, hỗ trợ đăng ký nhãn hiệu và áp dụng các hệ thống quản lý chất lượng.

                Đảng ủy giao các chi bộ theo dõi tiến độ từng nhiệm vụ, đưa kết quả thực hiện vào tiêu chí đánh giá đảng viên cuối năm.
                """,
                "Hoàng Nam", List.of(), List.of("Nhiệm kỳ 2020 – 2025", "Doanh nghiệp")));

        publish(at(2020, 9, 10, 14, 0), new NewArticle("khoa-hoc-cong-nghe",
                "Chi bộ Trung tâm Ứng dụng đưa tiến bộ kỹ thuật về cơ sở",
                "Chi bộ Trung tâm Ứng dụng tiến bộ khoa học và công nghệ xác định việc chuyển giao kỹ thuật cho nông dân là nhiệm vụ chính trị trọng tâm của nhiệm kỳ 2020 – 2025.",
                """
                Các đảng viên của chi bộ trực tiếp phụ trách từng mô hình trình diễn, từ nhân giống cây trồng đến xử lý chất thải chăn nuôi.

                Chi bộ đăng ký với Đảng ủy mỗi năm ít nhất một mô hình mới được nhân rộng, và báo cáo kết quả tại kỳ sinh hoạt cuối năm.
                """,
                "Hoàng Nam", List.of(new Photo("/img/portal/ung-dung-khoa-hoc.svg",
                        "Hình bánh răng trên nền xanh lục, dòng chữ Khoa học – Công nghệ phục vụ sản xuất",
                        "Khoa học và công nghệ phục vụ sản xuất ở cơ sở (ảnh minh họa).", 1)),
                List.of("Chuyển giao công nghệ", "Nhiệm kỳ 2020 – 2025")));
    }

    private void publish(Instant at, NewArticle article) {
        desk.publishAt(desk.draft(article), at);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VietnameseDates.ZONE).toInstant();
    }
}
