package vn.htx.portal.documents.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.documents.domain.LegalDocument;
import vn.htx.portal.documents.domain.LegalDocumentRepository;
import vn.htx.portal.shared.Slug;

/**
 * The five documents of the seed page's "Văn bản mới" block: numbers and dates exactly as the seed
 * shows them (including its own spelling, such as {@code 628- LMHTXVN/CSPT}); summaries begin with
 * the seed's words and are completed where the seed cut them off.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class DocumentDemoData implements ApplicationRunner {

    private final LegalDocumentRepository documents;
    private final Clock clock;

    DocumentDemoData(LegalDocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (documents.count() > 0) {
            return;
        }
        add(
                "212/QĐ-TTg",
                LocalDate.of(2019, 3, 19),
                "Quyết định 212/QĐ-TTg ban hành kế hoạch và Đề cương tổng kết 15 năm thực hiện Nghị quyết Trung ương 5"
                        + " (khóa IX) về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể",
                "Kế hoạch và Đề cương tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 (khóa IX)");
        add(
                "628- LMHTXVN/CSPT",
                LocalDate.of(2019, 10, 17),
                "Tham gia cuộc vận động \"Doanh nghiệp, doanh nhân đóng góp ý kiến hoàn thiện thể chế, chính sách,"
                        + " pháp luật\" trong khu vực kinh tế tập thể, hợp tác xã",
                "Tham gia cuộc vận động đóng góp ý kiến hoàn thiện thể chế, chính sách, pháp luật");
        add(
                "1490/QĐ-BKHĐ",
                LocalDate.of(2019, 10, 17),
                "Quyết định số 1490/QĐ-BKHĐT ngày 01 tháng 10 năm 2019 của Bộ Kế hoạch và Đầu tư về việc tặng Bằng khen"
                        + " cho các tập thể, cá nhân có thành tích xuất sắc trong phát triển kinh tế tập thể, hợp tác xã",
                "Tặng Bằng khen của Bộ trưởng Bộ Kế hoạch và Đầu tư");
        add(
                "435/LMHTXVN-TTTT",
                LocalDate.of(2020, 6, 30),
                "Kỷ niệm ngày Hợp tác xã Quốc tế",
                "Kỷ niệm ngày Hợp tác xã Quốc tế năm 2020");
        add(
                "4454/QĐ-BNN-VPĐP",
                LocalDate.of(2020, 11, 24),
                "Quyết định ban hành Bộ tài liệu tập huấn những kiến thức cơ bản về xây dựng nông thôn mới và phát triển"
                        + " hợp tác xã nông nghiệp cho cán bộ cơ sở",
                "Bộ tài liệu tập huấn những kiến thức cơ bản về xây dựng nông thôn mới");
    }

    private void add(String number, LocalDate issued, String summary, String title) {
        Instant now = clock.instant();
        String slug = Slug.unique(number, "van-ban", documents::existsBySlug);
        LegalDocument document = new LegalDocument(number, slug, summary, title, issued, now);
        document.publish(now);
        documents.saveAndFlush(document);
    }
}
