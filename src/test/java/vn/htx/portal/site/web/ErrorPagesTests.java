package vn.htx.portal.site.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.RequestDispatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import vn.htx.portal.shared.web.Formats;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.site.Layout;
import vn.htx.portal.site.LayoutService;
import vn.htx.portal.users.UsersApi;

/** The one error page: each status gets its own Vietnamese title and text, in the site's frame. */
@WebMvcTest(
        controllers = PortalErrorController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.htx\\.portal\\.stats\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({Formats.class, PublicUrls.class})
@EnableConfigurationProperties(PortalProperties.class)
class ErrorPagesTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private LayoutService layouts;

    @MockitoBean
    private UsersApi users;

    @ParameterizedTest
    @CsvSource({
        "400, Yêu cầu không hợp lệ",
        "403, Không có quyền truy cập",
        "404, Không tìm thấy trang",
        "413, Tệp tải lên quá lớn",
        "500, Hệ thống đang gặp sự cố",
        "405, Đã có lỗi xảy ra"
    })
    void everyStatusHasItsPageFromTheOneTemplate(int code, String title) throws Exception {
        given(layouts.layout()).willReturn(Layout.withoutSidebar("Liên minh Hợp tác xã tỉnh"));
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/trang-nao-do"))
                .andExpect(status().is(code))
                .andExpect(view().name("error"))
                .andExpect(content().string(Matchers.containsString("<h1 class=\"page-title\">" + title + "</h1>")))
                .andExpect(content().string(Matchers.containsString("<html lang=\"vi\">")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void theApiAnswersInJson() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/khong-co"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
