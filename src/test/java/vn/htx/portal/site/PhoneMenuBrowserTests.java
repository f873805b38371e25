package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.htx.portal.support.Browser;
import vn.htx.portal.support.PortalIntegrationTest;

/**
 * On a 360 × 740 phone the first screen shows content: the header is one short band, the main menu
 * waits behind one button that works from the keyboard and tells screen readers whether it is open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneMenuBrowserTests extends PortalIntegrationTest {

    private static final int WIDTH = 360;
    private static final int FIRST_SCREEN_TOP_LIMIT = 260;

    private ChromeDriver phone;

    @BeforeAll
    void start() {
        phone = Browser.phone(WIDTH, 740);
    }

    @AfterAll
    void stop() {
        if (phone != null) {
            phone.quit();
        }
    }

    private long number(String script) {
        return ((Number) phone.executeScript(script)).longValue();
    }

    @Test
    void everyPublicPageStartsItsContentOnTheFirstScreen() {
        for (String path : List.of(
                "/",
                "/chuyen-muc/hoat-dong-htx",
                "/van-ban",
                "/thong-bao",
                "/thong-ke",
                "/tim-kiem?q=hop+tac+xa",
                "/gioi-thieu",
                "/gioi-thieu/co-cau-to-chuc",
                "/gioi-thieu/lanh-dao",
                "/lien-he",
                "/thu-vien-anh",
                "/video")) {
            phone.get(url(path));
            // measured once the phone's width and the page's own styles apply, never on a first paint
            // before them (once in a loaded run the page measured as a desktop one)
            new WebDriverWait(phone, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                            .executeScript("return window.innerWidth === " + WIDTH
                                    + " && getComputedStyle(document.querySelector('.site-header')).backgroundColor"
                                    + " === 'rgb(11, 74, 139)';")));
            assertThat(number("return Math.round(document.querySelector('main').getBoundingClientRect().top);"))
                    .as(
                            "top of <main> on %s, below: %s",
                            path,
                            phone.executeScript("return Array.from(document.body.children).map(function (e) {"
                                    + " return e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().height);"
                                    + " }).join(', ');"))
                    .isLessThanOrEqualTo(FIRST_SCREEN_TOP_LIMIT);
            assertThat(number("return document.documentElement.scrollWidth;"))
                    .as("width of %s", path)
                    .isLessThanOrEqualTo(WIDTH);
        }
    }

    @Test
    void theMenuOpensAndClosesFromTheKeyboardAndSaysSo() {
        phone.get(url("/"));
        WebElement button = phone.findElement(By.cssSelector(".menu-toggle"));
        WebElement menu = phone.findElement(By.id("main-menu"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(button.getAttribute("aria-controls")).isEqualTo("main-menu");
        assertThat(menu.isDisplayed()).as("closed at first").isFalse();
        assertThat(Browser.accessibilityViolations(phone)).as("closed").isEmpty();

        phone.executeScript("document.querySelector('.menu-toggle').focus();");
        button.sendKeys(Keys.ENTER);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(phone.findElement(By.linkText("Văn bản")).isDisplayed()).isTrue();
        assertThat(Browser.accessibilityViolations(phone)).as("open").isEmpty();
        assertThat(number("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(WIDTH);

        button.sendKeys(Keys.SPACE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
    }

    @Test
    void onADesktopTheMenuIsAlwaysShownAndOnOneLine() {
        ChromeDriver desktop = Browser.desktop(1366, 900);
        try {
            desktop.get(url("/"));
            assertThat(desktop.findElement(By.cssSelector(".menu-toggle")).isDisplayed())
                    .isFalse();
            List<WebElement> items = desktop.findElements(By.cssSelector("#main-menu > li"));
            assertThat(items)
                    .isNotEmpty()
                    .allSatisfy(item -> assertThat(item.isDisplayed()).isTrue());
            long lines =
                    items.stream().map(item -> item.getRect().getY()).distinct().count();
            assertThat(lines).as("lines of the menu at 1366 px").isEqualTo(1);
        } finally {
            desktop.quit();
        }
    }
}
