package vn.htx.portal.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** The demo album viewed from the keyboard on a phone and a desktop: photo by photo, axe at zero. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GalleryBrowserTests extends PortalIntegrationTest {

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

    private String demoAlbum() {
        return jdbc.queryForObject(
                "select slug from album where status = 'PUBLISHED' order by id fetch first 1 rows only", String.class);
    }

    @Test
    void anAlbumIsViewedPhotoByPhotoFromTheKeyboardOnAPhoneAndADesktop() {
        String slug = demoAlbum();
        for (ChromeDriver driver : new ChromeDriver[] {phone, desktop}) {
            int width = driver == phone ? 360 : 1366;
            driver.get(url("/thu-vien-anh/" + slug));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(
                            ((ChromeDriver) d).executeScript("return window.innerWidth === " + width + ";")));
            assertThat(Browser.accessibilityViolations(driver))
                    .as("album at %d px", width)
                    .isEmpty();
            assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(width);

            WebElement first = driver.findElement(By.cssSelector(".gallery-grid--photos a"));
            driver.executeScript("arguments[0].focus();", first);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            arrived(driver, "/anh/1");
            assertThat(driver.findElement(By.cssSelector(".photo-view img")).getAttribute("alt"))
                    .isNotBlank();
            assertThat(Browser.accessibilityViolations(driver))
                    .as("photo at %d px", width)
                    .isEmpty();
            assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(width);

            // the arrow key goes to the next photo; Tab reaches the same plain link
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            arrived(driver, "/anh/2");
            WebElement previous = driver.findElement(By.cssSelector(".photo-nav a[rel=prev]"));
            driver.executeScript("arguments[0].focus();", previous);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            arrived(driver, "/anh/1");
        }
    }

    /** Waits for the page a key or click led to, loaded with its scripts (the arrow keys are site.js's). */
    private static void arrived(ChromeDriver driver, String ending) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(ending)
                        && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState;")));
    }
}
