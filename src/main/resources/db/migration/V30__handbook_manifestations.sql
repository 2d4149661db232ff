-- The 27 manifestations of degradation (Nghị quyết 04-NQ/TW, 30/10/2016), three groups of nine.
-- Reference data the committee may correct: where the official wording is not yet checked
-- against the resolution, the theme stands in its place and wording_confirmed is false.
create table manifestation (
    code varchar(5) primary key,
    group_number int not null,
    position int not null,
    wording varchar(2000) not null,
    wording_confirmed boolean not null,
    constraint manifestation_place unique (group_number, position)
);

insert into manifestation (code, group_number, position, wording, wording_confirmed) values
('1.1', 1, 1, 'Phai nhạt lý tưởng cách mạng; …', true),
('1.2', 1, 2, 'Xa rời tôn chỉ, mục đích của Đảng; …', true),
('1.3', 1, 3, 'Nhận thức sai lệch về ý nghĩa, tầm quan trọng của lý luận …', true),
('1.4', 1, 4, 'Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng; …', true),
('1.5', 1, 5, 'Trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm; …', true),
('1.6', 1, 6, 'Nói không đi đôi với làm', false),
('1.7', 1, 7, 'Áp đặt, bảo thủ', false),
('1.8', 1, 8, 'Tham vọng chức quyền, chạy phiếu bầu', false),
('1.9', 1, 9, 'Bổ nhiệm người thân quen', false),
('2.1', 2, 1, 'Cá nhân chủ nghĩa, cơ hội, ganh ghét', false),
('2.2', 2, 2, 'Kèn cựa địa vị, cục bộ, gia trưởng', false),
('2.3', 2, 3, 'Thiếu trung thực, kê khai tài sản không đúng', false),
('2.4', 2, 4, 'Bệnh thành tích; chạy thành tích, chạy khen thưởng, chạy danh hiệu', false),
('2.5', 2, 5, 'Quan liêu, xa rời quần chúng, không sâu sát cơ sở, …', true),
('2.6', 2, 6, 'Lãng phí, thất thoát', false),
('2.7', 2, 7, 'Tham ô, tham nhũng, lạm quyền', false),
('2.8', 2, 8, 'Thao túng công tác cán bộ', false),
('2.9', 2, 9, 'Tệ nạn xã hội, vi phạm đạo lý gia đình', false),
('3.1', 3, 1, 'Phản bác, phủ nhận chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh …', true),
('3.2', 3, 2, 'Phản bác, phủ nhận nền dân chủ xã hội chủ nghĩa, …', true),
('3.3', 3, 3, 'Nói, viết, làm trái quan điểm, chủ trương, đường lối của Đảng …', true),
('3.4', 3, 4, 'Kích động tư tưởng bất mãn, bất đồng chính kiến, …', true),
('3.5', 3, 5, 'Phủ nhận vai trò lãnh đạo tuyệt đối, trực tiếp … đối với lực lượng vũ trang; …', true),
('3.6', 3, 6, 'Móc nối, cấu kết với các thế lực thù địch …', true),
('3.7', 3, 7, 'Thông tin sai lệch trong hoạt động đối ngoại', false),
('3.8', 3, 8, 'Sáng tác, quảng bá tác phẩm lệch lạc', false),
('3.9', 3, 9, 'Có tư tưởng dân tộc hẹp hòi, tôn giáo cực đoan. …', true);
