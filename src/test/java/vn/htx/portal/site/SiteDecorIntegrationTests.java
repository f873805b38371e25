package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.support.TestImages;
import vn.htx.portal.users.UsersApi;

/** Banners shown between their dates, and the links to other agencies' sites. */
class SiteDecorIntegrationTests extends PortalIntegrationTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    private UsersApi users;

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    private MockHttpServletResponse banner(String placement, String alt, String link, LocalDate from, LocalDate until)
            throws Exception {
        var form = multipart("/quan-tri/banner/moi")
                .file(new MockMultipartFile("imageFile", "banner.png", "image/png", TestImages.image("png", 600, 200)))
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("placement", placement)
                .param("altText", alt)
                .param("linkUrl", link)
                .param("sortOrder", "1");
        if (from != null) {
            form.param("showFrom", from.toString());
        }
        if (until != null) {
            form.param("showUntil", until.toString());
        }
        return mvc.perform(form).andReturn().getResponse();
    }

    @Test
    void aHomeBannerIsShownOnlyBetweenItsDatesAndAnOutsideLinkOpensSafely() throws Exception {
        LocalDate today = LocalDate.now();
        String current = "Chiến dịch đang chạy " + UNIQUE.incrementAndGet();
        String past = "Chiến dịch đã hết " + UNIQUE.incrementAndGet();
        String future = "Chiến dịch sắp tới " + UNIQUE.incrementAndGet();
        assertThat(banner("HOME", current, "https://hoicho.example.vn/", today.minusDays(1), today.plusDays(1))
                        .getStatus())
                .isEqualTo(302);
        assertThat(banner("HOME", past, "", today.minusDays(10), today.minusDays(2))
                        .getStatus())
                .isEqualTo(302);
        assertThat(banner("HOME", future, "/thong-bao", today.plusDays(2), null).getStatus())
                .isEqualTo(302);

        Document home = Jsoup.parse(get("/").body());
        Element shown = home.selectFirst(".banners img[alt=" + current + "]");
        assertThat(shown).isNotNull();
        assertThat(shown.attr("src")).startsWith("/media/");
        Element link = shown.parent();
        assertThat(link.attr("href")).isEqualTo("https://hoicho.example.vn/");
        assertThat(link.attr("rel")).contains("noopener");
        assertThat(home.select(".banners img[alt=" + past + "]")).isEmpty();
        assertThat(home.select(".banners img[alt=" + future + "]")).isEmpty();
    }

    @Test
    void aBannerWithoutImageOrWithADangerousLinkIsRefusedWithAMessage() throws Exception {
        MockHttpServletResponse dangerous = banner("HOME", "Nguy hiểm", "javascript:alert(1)", null, null);
        assertThat(dangerous.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(dangerous.getContentAsString())
                        .select(".field__error")
                        .text())
                .contains("Địa chỉ phải bắt đầu");
        MockHttpServletResponse backwards = banner(
                "HOME", "Ngược ngày", "", LocalDate.now(), LocalDate.now().minusDays(1));
        assertThat(Jsoup.parse(backwards.getContentAsString())
                        .select(".field__error")
                        .text())
                .contains("Ngày kết thúc");
        assertThat(jdbc.queryForObject(
                        "select count(*) from banner where alt_text in ('Nguy hiểm', 'Ngược ngày')", Integer.class))
                .isZero();
        MockHttpServletResponse noImage = mvc.perform(MockMvcRequestBuilders.post("/quan-tri/banner/moi")
                        .with(StaffFixtures.admin())
                        .with(csrf())
                        .param("placement", "HOME")
                        .param("altText", "Không ảnh")
                        .param("sortOrder", "1"))
                .andReturn()
                .getResponse();
        assertThat(noImage.getStatus()).isEqualTo(200);
        assertThat(noImage.getContentAsString()).contains("Hãy tải ảnh banner lên.");
    }

    @Test
    void linksToOtherSitesAreListedOnEveryPage() throws Exception {
        String name = "Cổng thông tin tỉnh " + UNIQUE.incrementAndGet();
        MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/quan-tri/banner/lien-ket/moi")
                        .with(StaffFixtures.admin())
                        .with(csrf())
                        .param("name", name)
                        .param("url", "https://tinh.example.vn/")
                        .param("sortOrder", "1"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        for (String path : new String[] {"/", "/van-ban", "/gioi-thieu"}) {
            Element link = Jsoup.parse(get(path).body()).selectFirst(".web-links a:contains(" + name + ")");
            assertThat(link).as(path).isNotNull();
            assertThat(link.attr("href")).isEqualTo("https://tinh.example.vn/");
            assertThat(link.attr("rel")).contains("noopener", "noreferrer");
        }
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/quan-tri/banner")
                                .with(StaffFixtures.as(StaffFixtures.EDITOR, vn.htx.portal.users.Role.EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
