package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.htx.portal.support.Browser;
import vn.htx.portal.support.PortalIntegrationTest;

/** The public pages in a real browser, on a phone-sized and a desktop-sized window, checked with axe-core. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteBrowserTests extends PortalIntegrationTest {

    private static final int PHONE_WIDTH = 360;

    private ChromeDriver phone;
    private ChromeDriver desktop;

    @BeforeAll
    void startBrowsers() {
        phone = Browser.phone(PHONE_WIDTH, 740);
        desktop = Browser.desktop(1280, 900);
    }

    @AfterAll
    void stopBrowsers() {
        if (phone != null) {
            phone.quit();
        }
        if (desktop != null) {
            desktop.quit();
        }
    }

    @Test
    void homePageShowsTheSidebarBlocksAndPassesWcag21AA() {
        for (ChromeDriver browser : List.of(phone, desktop)) {
            browser.get(url("/"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("vi");
            assertThat(browser.findElement(By.cssSelector(".featured__title")).getText())
                    .startsWith("Đại hội đại biểu");
            assertSidebarBlocks(browser);
            assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        }
        assertFitsThePhone();
    }

    @Test
    void aVisitorGoesFromTheMenuToTheCategoryAndOnToTheSeedArticle() {
        for (ChromeDriver browser : List.of(phone, desktop)) {
            browser.get(url("/"));
            if (browser == phone) {
                browser.findElement(By.cssSelector(".menu-toggle")).click(); // the menu waits behind its button
            }
            browser.findElement(By.linkText("Khen thưởng - xử phạt")).click();
            // a click only starts the navigation: wait for the new page rather than asserting at once
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/chuyen-muc/khen-thuong-xu-phat"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Khen thưởng - xử phạt");
            assertThat(Browser.accessibilityViolations(browser))
                    .as("category page")
                    .isEmpty();
            if (browser == phone) {
                assertFitsThePhone();
            }

            browser.findElement(By.partialLinkText("Đẩy mạnh công tác thi đua khen thưởng"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/bai-viet/" + PublicSiteIntegrationTests.SEED_ARTICLE));
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo(PublicSiteIntegrationTests.SEED_TITLE);
            assertThat(browser.findElement(By.cssSelector(".article__signature"))
                            .getText())
                    .isEqualTo("PKH");
            assertThat(browser.findElement(By.cssSelector("button[data-print]")).isDisplayed())
                    .isTrue();
            assertSidebarBlocks(browser);
            assertThat(Browser.accessibilityViolations(browser))
                    .as("article page")
                    .isEmpty();
            if (browser == phone) {
                assertFitsThePhone();
            }
        }
    }

    @Test
    void theStatisticsPageDrawsItsChartsFromItsTables() {
        for (ChromeDriver browser : List.of(phone, desktop)) {
            browser.get(url("/thong-ke"));
            // each chart is drawn as it nears the screen: bring each into view in turn
            for (int chart = 0; chart < 2; chart++) {
                String nth = "document.querySelectorAll('[data-chart]')[" + chart + "]";
                browser.executeScript(nth + ".scrollIntoView();");
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                                .executeScript("return " + nth + ".querySelector('canvas') !== null;")));
            }
            assertThat(browser.findElements(By.cssSelector("[data-chart] canvas")))
                    .hasSize(2);
            Long rows = (Long) browser.executeScript("return document.querySelectorAll('#ngay tbody tr').length;");
            assertThat(rows).isEqualTo(30);
            Long chartWidth = (Long) browser.executeScript(
                    "return document.querySelector('[data-chart=ngay] canvas').getBoundingClientRect().width | 0;");
            assertThat(chartWidth)
                    .as("the chart fits the screen")
                    .isLessThanOrEqualTo(browser == phone ? PHONE_WIDTH : 1280)
                    .isGreaterThan(200);
            // the legend names the lines in the table's own words, with no empty value beside them
            String legend = (String)
                    browser.executeScript("return document.querySelector('[data-chart=ngay] .u-legend').innerText;");
            assertThat(legend).contains("Lượt truy cập", "Lượt xem trang");
            Long values = (Long) browser.executeScript(
                    "return document.querySelectorAll('[data-chart=ngay] .u-legend .u-value').length;");
            assertThat(values).as("value cells, empty until a hover").isZero();
        }
        assertFitsThePhone();
    }

    @Test
    void anUnknownAddressShowsTheVietnamese404Page() {
        for (ChromeDriver browser : List.of(phone, desktop)) {
            browser.get(url("/bai-viet/khong-co-bai-viet-nay"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
            assertThat(browser.findElement(By.linkText("Về trang chủ")).isDisplayed())
                    .isTrue();
            assertSidebarBlocks(browser);
            assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        }
        assertFitsThePhone();
    }

    @Test
    void aVisitorSearchesFromTheHeaderWithoutDiacriticsAndSeesTheMatchesMarked() {
        for (ChromeDriver browser : List.of(phone, desktop)) {
            browser.get(url("/thong-bao"));
            WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
            box.sendKeys("thi dua khen thuong");
            box.submit();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/tim-kiem"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tìm kiếm");
            assertThat(browser.findElements(By.cssSelector(".result__title a")).stream()
                            .map(WebElement::getText))
                    .contains(PublicSiteIntegrationTests.SEED_TITLE);
            assertThat(browser.findElements(By.cssSelector(".result mark")).stream()
                            .map(WebElement::getText))
                    .contains("thưởng");
            assertThat(Browser.accessibilityViolations(browser)).as("results").isEmpty();
            if (browser == phone) {
                assertFitsThePhone();
            }
            browser.get(url("/tim-kiem?q="));
            assertThat(Browser.accessibilityViolations(browser))
                    .as("empty query")
                    .isEmpty();
        }
    }

    @Test
    void announcementDocumentAndStatisticsPagesPassWcag21AA() {
        for (String path : List.of("/thong-bao", "/van-ban", "/van-ban/4454-qd-bnn-vpdp", "/thong-ke")) {
            for (ChromeDriver browser : List.of(phone, desktop)) {
                browser.get(url(path));
                assertThat(Browser.accessibilityViolations(browser)).as(path).isEmpty();
            }
            assertFitsThePhone();
        }
    }

    private void assertSidebarBlocks(ChromeDriver browser) {
        List<String> titles = browser.findElements(By.cssSelector(".block__title")).stream()
                .map(WebElement::getText)
                .map(String::toLowerCase)
                .toList();
        assertThat(titles).containsExactly("văn bản mới", "thông báo", "thống kê truy cập", "liên kết website");
        assertThat(browser.findElements(By.cssSelector(".doc-list__number")).stream()
                        .map(WebElement::getText))
                .startsWith("4454/QĐ-BNN-VPĐP");
        assertThat(browser.findElement(By.id("stats-total")).getText()).matches("49\\.7\\d\\d\\.\\d{3}");
    }

    /** Nothing sticks out sideways on a 360 px phone: no horizontal scrolling. */
    private void assertFitsThePhone() {
        Long viewport = (Long) phone.executeScript("return document.documentElement.clientWidth;");
        Long content = (Long) phone.executeScript("return document.documentElement.scrollWidth;");
        assertThat(viewport).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(content)
                .as("page width on a %d px phone at %s", PHONE_WIDTH, phone.getCurrentUrl())
                .isLessThanOrEqualTo(viewport);
    }
}
