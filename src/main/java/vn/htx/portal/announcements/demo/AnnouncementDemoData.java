package vn.htx.portal.announcements.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.domain.Announcement;
import vn.htx.portal.announcements.domain.AnnouncementRepository;
import vn.htx.portal.shared.Slug;

/** Three announcements for an empty database, the kind an alliance posts. */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class AnnouncementDemoData implements ApplicationRunner {

    private final AnnouncementRepository announcements;
    private final Clock clock;
    private final PortalProperties properties;

    AnnouncementDemoData(AnnouncementRepository announcements, Clock clock, PortalProperties properties) {
        this.announcements = announcements;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (announcements.count() > 0) {
            return;
        }
        add(
                "Thông báo lịch tiếp công dân tháng 12 năm 2026",
                "<p>Liên minh Hợp tác xã tỉnh thông báo lịch tiếp công dân trong tháng 12/2026 như sau:</p>"
                        + "<ul><li>Thời gian: sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ 00.</li>"
                        + "<li>Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Liên minh Hợp tác xã tỉnh.</li></ul>"
                        + "<p>Công dân, đại diện hợp tác xã đến liên hệ vui lòng mang theo giấy tờ tùy thân và tài liệu liên quan.</p>",
                true,
                LocalDate.of(2026, 12, 31),
                LocalDateTime.of(2026, 11, 25, 8, 0));
        add(
                "Thông báo tuyển chọn hợp tác xã tham gia Hội chợ xúc tiến thương mại năm 2027",
                "<p>Liên minh Hợp tác xã tỉnh thông báo tuyển chọn tối đa 25 hợp tác xã tham gia gian hàng chung"
                        + " của tỉnh tại các hội chợ xúc tiến thương mại năm 2027. Hợp tác xã được hỗ trợ 100% chi phí"
                        + " thuê gian hàng và 50% chi phí vận chuyển sản phẩm.</p>"
                        + "<p>Hồ sơ đăng ký gồm đơn đăng ký theo mẫu và danh mục sản phẩm dự kiến trưng bày, gửi về"
                        + " Văn phòng Liên minh trước ngày 15/01/2027.</p>",
                false,
                LocalDate.of(2027, 1, 15),
                LocalDateTime.of(2026, 11, 18, 14, 0));
        add(
                "Thông báo nghỉ Tết Dương lịch năm 2027",
                "<p>Thực hiện quy định của Bộ luật Lao động, cán bộ, người lao động của Liên minh Hợp tác xã tỉnh"
                        + " nghỉ Tết Dương lịch 01 ngày, thứ Sáu ngày 01/01/2027. Bộ phận trực cơ quan bố trí lịch trực"
                        + " theo quy định.</p>",
                false,
                LocalDate.of(2027, 1, 2),
                LocalDateTime.of(2026, 11, 10, 9, 30));
    }

    private void add(String title, String body, boolean pinned, LocalDate showUntil, LocalDateTime publishedAt) {
        Instant now = clock.instant();
        String slug = Slug.unique(title, "thong-bao", announcements::existsBySlug);
        Announcement announcement = new Announcement(title, slug, body, pinned, showUntil, now);
        announcement.publish(publishedAt.atZone(properties.timeZone()).toInstant());
        announcements.saveAndFlush(announcement);
    }
}
