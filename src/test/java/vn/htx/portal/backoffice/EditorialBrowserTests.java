package vn.htx.portal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.support.Browser;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.support.TestImages;
import vn.htx.portal.users.UsersApi;

/**
 * The editorial workflow in a real browser: an author writes an article with a picture in the
 * WYSIWYG editor and submits it, an editor returns it with a note, the author fixes and resubmits,
 * the editor publishes, and only then does it appear on the home page and in its category.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialBrowserTests extends PortalIntegrationTest {

    private static final String TITLE = "Hợp tác xã Tân Phú đưa sản phẩm miến dong lên sàn thương mại điện tử";

    @Autowired
    private UsersApi users;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        StaffFixtures.ensure(users, jdbc);
        browser = Browser.desktop(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anArticleTravelsFromAuthorToEditorAndOntoThePublicSite() throws Exception {
        Path picture = Files.createTempFile("mien-dong-", ".png");
        Files.write(picture, TestImages.image("png", 1200, 800));

        signIn(StaffFixtures.AUTHOR);
        browser.findElement(By.linkText("Viết bài mới")).click();
        browser.findElement(By.id("title")).sendKeys(TITLE);
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("Hoạt động HTX");
        browser.findElement(By.id("lead"))
                .sendKeys("Sản phẩm miến dong của hợp tác xã đã có mặt trên hai sàn thương mại điện tử lớn.");
        typeInEditor("Từ tháng 10, hợp tác xã bán hàng trực tuyến.");
        browser.findElement(By.id("imageFile")).sendKeys(picture.toString());
        browser.findElement(By.id("imageAlt")).sendKeys("Gói miến dong của hợp tác xã Tân Phú");
        submit(By.cssSelector("button[value=submit]"));
        assertThat(statusShown()).isEqualTo("Chờ duyệt");

        String slug = jdbc.queryForObject("select slug from article where title = ?", String.class, TITLE);
        browser.get(url("/bai-viet/" + slug));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("not public yet")
                .isEqualTo("Không tìm thấy trang");

        signOutAndIn(StaffFixtures.EDITOR);
        browser.findElement(By.linkText(TITLE)).click();
        browser.findElement(By.id("return-note"))
                .sendKeys("Vui lòng bổ sung giá bán và tên hai sàn thương mại điện tử.");
        submit(By.cssSelector(".return-form button"));
        assertThat(statusShown()).isEqualTo("Bị trả lại");

        signOutAndIn(StaffFixtures.AUTHOR);
        browser.findElement(By.linkText(TITLE)).click();
        assertThat(browser.findElement(By.cssSelector(".history")).getText()).contains("Vui lòng bổ sung giá bán");
        typeInEditor("Giá bán 45.000 đồng/gói trên hai sàn thương mại điện tử.");
        submit(By.cssSelector("button[value=submit]"));
        assertThat(statusShown()).isEqualTo("Chờ duyệt");

        signOutAndIn(StaffFixtures.EDITOR);
        browser.findElement(By.linkText(TITLE)).click();
        submit(By.cssSelector("button[value=publish]"));
        assertThat(statusShown()).isEqualTo("Đã xuất bản");

        browser.get(url("/"));
        assertThat(browser.findElements(By.cssSelector(".latest .card__title")).stream()
                        .map(WebElement::getText))
                .contains(TITLE);
        browser.get(url("/chuyen-muc/hoat-dong-htx"));
        assertThat(browser.findElements(By.cssSelector(".card__title")).stream().map(WebElement::getText))
                .contains(TITLE);
        browser.findElement(By.linkText(TITLE)).click();
        assertThat(browser.findElement(By.cssSelector(".article__body")).getText())
                .contains("Từ tháng 10, hợp tác xã bán hàng trực tuyến.")
                .contains("Giá bán 45.000 đồng/gói");
        WebElement image = browser.findElement(By.cssSelector(".article__figure img"));
        assertThat(image.getAttribute("alt")).isEqualTo("Gói miến dong của hợp tác xã Tân Phú");
        assertThat((Boolean) browser.executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth === 1200;", image))
                .as("the uploaded picture is served")
                .isTrue();
    }

    @Test
    void theLoginPagePassesWcag21AA() {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/quan-tri"));
    }

    private void signOutAndIn(String username) {
        browser.get(url("/quan-tri"));
        browser.findElement(By.cssSelector(".admin-user button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/dang-nhap"));
        signIn(username);
    }

    /**
     * Adds a paragraph at the end of the TinyMCE editor once it has started (keystrokes sent into
     * its iframe by WebDriver land in the previously focused field, so the editor's own API is used).
     */
    private void typeInEditor(String text) {
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                .executeScript(
                        "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));
        browser.executeScript(
                "var e = tinymce.get('body'); e.focus(); e.selection.select(e.getBody(), true); e.selection.collapse(false);"
                        + " e.insertContent('<p>' + arguments[0] + '</p>'); e.save();",
                text);
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).contains(text);
    }

    /**
     * Clicks a button that sends its form and waits for the page the answer brings: the status is
     * then read from that page, never from the one the click left (which could go stale mid-read).
     */
    private void submit(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private String statusShown() {
        try {
            return wait.until(d -> d.findElement(By.id("article-status"))).getText();
        } catch (TimeoutException e) {
            try {
                Files.write(Path.of("target/editorial-browser-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            } catch (IOException ignored) {
                // the assertion below says what went wrong anyway
            }
            throw new AssertionError(
                    "no article status on " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }
}
