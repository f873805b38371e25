package vn.htx.portal.content.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.content.ArticleCard;
import vn.htx.portal.content.ArticleDetail;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.web.Formats;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.site.Layout;
import vn.htx.portal.site.LayoutService;
import vn.htx.portal.users.UsersApi;

/**
 * The content module's public controllers alone, with the content API replaced by a stand-in.
 * Security filters and visitor counting are left out here: both are tested over the whole application.
 */
@WebMvcTest(
        controllers = {CategoryController.class, ArticleController.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.htx\\.portal\\.stats\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({Formats.class, PublicUrls.class})
@EnableConfigurationProperties(PortalProperties.class)
class CategoryControllerTests {

    private static final CategoryRef REWARDS = new CategoryRef(4, "Khen thưởng - xử phạt", "khen-thuong-xu-phat");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ContentApi content;

    @MockitoBean
    private LayoutService layouts;

    /** The back-office interceptor is part of the MVC set-up; public pages never call it. */
    @MockitoBean
    private UsersApi users;

    @Test
    void rendersTheCategoryWithVietnameseDates() throws Exception {
        given(layouts.layout()).willReturn(Layout.withoutSidebar("Liên minh Hợp tác xã tỉnh"));
        given(content.category("khen-thuong-xu-phat")).willReturn(Optional.of(REWARDS));
        ArticleCard card = new ArticleCard(
                1, "Bài thử", "bai-thu", "Sa pô", Instant.parse("2017-08-14T01:30:00Z"), null, null, REWARDS);
        given(content.publishedInCategory(any(), anyInt(), anyInt()))
                .willReturn(new PageSlice<>(List.of(card), 1, 1, 1));

        mvc.perform(get("/chuyen-muc/khen-thuong-xu-phat"))
                .andExpect(status().isOk())
                .andExpect(view().name("content/category"))
                .andExpect(content().string(Matchers.containsString("14/08/2017")))
                .andExpect(content().string(Matchers.containsString("<html lang=\"vi\">")));
    }

    @Test
    void anUnknownCategoryIsNotFound() throws Exception {
        given(content.category("khong-co")).willReturn(Optional.empty());
        mvc.perform(get("/chuyen-muc/khong-co")).andExpect(status().isNotFound());
    }

    @Test
    void aPageBeyondTheLastIsNotFound() throws Exception {
        given(content.category("khen-thuong-xu-phat")).willReturn(Optional.of(REWARDS));
        given(content.publishedInCategory(any(), anyInt(), anyInt())).willReturn(new PageSlice<>(List.of(), 7, 3, 25));
        mvc.perform(get("/chuyen-muc/khen-thuong-xu-phat").param("page", "7")).andExpect(status().isNotFound());
    }

    @Test
    void anOldSlugOfAPublishedArticleIsAPermanentRedirect() throws Exception {
        given(content.publishedArticle("ten-cu")).willReturn(Optional.empty());
        given(content.currentSlugFor("ten-cu")).willReturn(Optional.of("ten-moi"));
        mvc.perform(get("/bai-viet/ten-cu"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/bai-viet/ten-moi"));
    }

    @Test
    void anArticleViewIsRecordedOncePerPage() throws Exception {
        given(layouts.layout()).willReturn(Layout.withoutSidebar("Liên minh Hợp tác xã tỉnh"));
        ArticleDetail article = new ArticleDetail(
                9,
                "Tiêu đề",
                "tieu-de",
                "Sa pô",
                "<p>Nội dung</p>",
                "PKH",
                null,
                null,
                null,
                Instant.parse("2026-01-20T08:00:00Z"),
                Instant.parse("2026-01-20T08:00:00Z"),
                41,
                REWARDS);
        given(content.publishedArticle("tieu-de")).willReturn(Optional.of(article));
        given(content.recordView(article)).willReturn(42L);
        mvc.perform(get("/bai-viet/tieu-de"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">42<")));
        Mockito.verify(content).recordView(article);
    }
}
