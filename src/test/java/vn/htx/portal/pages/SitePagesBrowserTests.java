package vn.htx.portal.pages;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.htx.portal.support.Browser;
import vn.htx.portal.support.PortalIntegrationTest;

/**
 * The alliance's pages in a real browser, on a 360 px phone and a desktop: nothing wider than the
 * screen, axe-core's WCAG 2.1 AA rules at zero, the organisation readable as text, the sub-menus
 * reachable from the keyboard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitePagesBrowserTests extends PortalIntegrationTest {

    private static final List<String> PAGES = List.of(
            "/gioi-thieu", "/gioi-thieu/lich-su", "/gioi-thieu/co-cau-to-chuc", "/gioi-thieu/lanh-dao", "/lien-he");

    private ChromeDriver phone;
    private ChromeDriver desktop;

    @BeforeAll
    void start() {
        phone = Browser.phone(360, 740);
        desktop = Browser.desktop(1366, 900);
    }

    @AfterAll
    void stop() {
        for (ChromeDriver driver : new ChromeDriver[] {phone, desktop}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private static long number(ChromeDriver driver, String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    private static void open(ChromeDriver driver, String address, int width) {
        driver.get(address);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                        .executeScript(
                                "return window.innerWidth === " + width + " && document.readyState === 'complete';")));
    }

    @Test
    void everyPageFitsThePhoneAndTheDesktopAndPassesAxe() {
        for (String path : PAGES) {
            for (ChromeDriver driver : List.of(phone, desktop)) {
                int width = driver == phone ? 360 : 1366;
                open(driver, url(path), width);
                assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
                assertThat(number(driver, "return document.documentElement.scrollWidth;"))
                        .as("width of %s at %d px", path, width)
                        .isLessThanOrEqualTo(width);
                assertThat(Browser.accessibilityViolations(driver))
                        .as("%s at %d px", path, width)
                        .isEmpty();
            }
        }
    }

    @Test
    void theOrganisationChartIsTextAUnitsDutiesOpenFromTheKeyboard() {
        open(phone, url("/gioi-thieu/co-cau-to-chuc"), 360);
        List<WebElement> units = phone.findElements(By.cssSelector(".org-unit__name"));
        assertThat(units).extracting(WebElement::getText).contains("Thường trực Liên minh", "Văn phòng");
        assertThat(units)
                .allSatisfy(unit -> assertThat(unit.getRect().getWidth()).isLessThanOrEqualTo(360));
        WebElement summary = phone.findElement(By.cssSelector("#noi-dung .org-unit__details summary"));
        WebElement duties = phone.findElement(By.cssSelector("#noi-dung .org-unit__functions li"));
        assertThat(duties.isDisplayed()).isFalse();
        phone.executeScript("arguments[0].focus();", summary);
        summary.sendKeys(Keys.ENTER);
        assertThat(duties.isDisplayed()).isTrue();
    }

    @Test
    void aSubMenuOpensWhileTheKeyboardIsInsideItOnTheDesktopAndTheCurrentPageIsMarked() {
        open(desktop, url("/gioi-thieu/lich-su"), 1366);
        WebElement parent =
                desktop.findElement(By.cssSelector("#main-menu > li.main-nav__parent > a[href='/gioi-thieu']"));
        assertThat(parent.getAttribute("aria-current")).isEqualTo("true");
        WebElement history =
                desktop.findElement(By.cssSelector("#main-menu .main-nav__sub a[href='/gioi-thieu/lich-su']"));
        assertThat(history.getAttribute("aria-current")).isEqualTo("page");
        new Actions(desktop).moveToLocation(1, 400).perform();
        assertThat(history.isDisplayed())
                .as("closed while neither hovered nor focused")
                .isFalse();

        desktop.executeScript("arguments[0].focus();", parent);
        new Actions(desktop).sendKeys(Keys.TAB).perform();
        WebElement focused = desktop.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("/gioi-thieu/lich-su");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(Browser.accessibilityViolations(desktop)).as("sub-menu open").isEmpty();
    }

    @Test
    void fontSizeAndHighContrastAreKeptAcrossPagesWithoutACookie() {
        open(desktop, url("/gioi-thieu"), 1366);
        desktop.executeScript("window.localStorage.clear();");
        open(desktop, url("/gioi-thieu"), 1366);
        WebElement larger = desktop.findElement(By.cssSelector(".reading-tools [data-font-step='1']"));
        assertThat(larger.isDisplayed()).isTrue();
        larger.click();
        desktop.findElement(By.cssSelector(".reading-tools [data-contrast]")).click();

        open(desktop, url("/lien-he"), 1366);
        assertThat(desktop.executeScript("return document.documentElement.style.fontSize;"))
                .isEqualTo("112.5%");
        assertThat(desktop.findElement(By.cssSelector(".reading-tools [data-contrast]"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(desktop.executeScript("return document.documentElement.classList.contains('contrast-high');"))
                .isEqualTo(true);
        assertThat(desktop.executeScript("return document.cookie;")).isEqualTo("");
        assertThat(desktop.manage().getCookies()).isEmpty();
        assertThat(Browser.accessibilityViolations(desktop))
                .as("high contrast, larger text")
                .isEmpty();

        desktop.findElement(By.cssSelector(".reading-tools [data-font-step='0']"))
                .click();
        desktop.findElement(By.cssSelector(".reading-tools [data-contrast]")).click();
        assertThat(desktop.executeScript("return document.documentElement.style.fontSize;"))
                .isEqualTo("100%");
    }
}
