package vn.htx.portal.documents;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.htx.portal.support.Browser;
import vn.htx.portal.support.PortalIntegrationTest;

/** A visitor filters the library by year and type, opens a document and reads its PDF in the page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentLibraryBrowserTests extends PortalIntegrationTest {

    private ChromeDriver browser;

    @BeforeAll
    void start() {
        browser = Browser.desktop(1280, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filterByYearAndTypeThenReadThePdfInThePage() {
        browser.get(url("/van-ban"));
        assertThat(Browser.accessibilityViolations(browser)).as("library").isEmpty();
        new Select(browser.findElement(By.id("year"))).selectByVisibleText("2020");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Quyết định");
        browser.findElement(By.cssSelector(".doc-filters button[type=submit]")).click();
        // a click only starts the navigation: wait for the new page (asserting at once failed now and then)
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("type=quyet-dinh"));

        assertThat(browser.getCurrentUrl()).contains("type=quyet-dinh").contains("year=2020");
        List<String> numbers = browser.findElements(By.cssSelector(".doc-table tbody td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(numbers).containsExactly("4454/QĐ-BNN-VPĐP");

        browser.findElement(By.linkText("4454/QĐ-BNN-VPĐP")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/van-ban/4454-qd-bnn-vpdp"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("4454/QĐ-BNN-VPĐP");
        WebElement frame = browser.findElement(By.cssSelector("iframe.pdf-frame"));
        assertThat(frame.isDisplayed()).isTrue();
        String contentType = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(
                        d -> (String)
                                ((ChromeDriver) d)
                                        .executeScript(
                                                "var f = document.querySelector('iframe.pdf-frame');"
                                                        + " return f.contentDocument && f.contentDocument.readyState === 'complete' ? f.contentDocument.contentType : null;"));
        assertThat(contentType)
                .as("the browser's own PDF viewer shows the file")
                .isEqualTo("application/pdf");
        assertThat(browser.findElement(By.cssSelector(".pdf-view a")).getAttribute("href"))
                .endsWith("/4454-qd-bnn-vpdp.pdf");
        assertThat(Browser.accessibilityViolations(browser)).as("document page").isEmpty();
    }

    @Test
    void onAPhoneTheDocumentOffersItsPdfAsALinkWithItsSizeAndNeverLoadsTheViewer() {
        ChromeDriver phone = Browser.phone(360, 740);
        try {
            phone.get(url("/van-ban/4454-qd-bnn-vpdp"));
            assertThat(phone.findElement(By.cssSelector("iframe.pdf-frame")).isDisplayed())
                    .isFalse();
            WebElement link = phone.findElement(By.cssSelector(".pdf-view a"));
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getText()).matches("Tải về 4454-qd-bnn-vpdp\\.pdf \\([0-9.,]+ (B|KB|MB)\\)");
            Long viewerRequests = (Long) phone.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.name.indexOf('/xem') >= 0; }).length;");
            assertThat(viewerRequests).as("requests for the inline viewer").isZero();
            assertThat(Browser.accessibilityViolations(phone)).isEmpty();
        } finally {
            phone.quit();
        }
    }

    @Test
    void onAPhoneEachDocumentIsACardWithEverythingVisible() {
        ChromeDriver phone = Browser.phone(360, 740);
        try {
            phone.get(url("/van-ban"));
            List<WebElement> rows = phone.findElements(By.cssSelector(".doc-table tbody tr"));
            assertThat(rows).isNotEmpty();
            for (WebElement row : rows.subList(0, Math.min(5, rows.size()))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                WebElement summary = cells.get(2);
                assertThat(summary.getRect().getWidth())
                        .as("the summary has the card's width, not two words a line")
                        .isGreaterThanOrEqualTo(280);
                for (WebElement cell : cells) {
                    assertThat(cell.isDisplayed()).isTrue();
                    assertThat(cell.getRect().getX() + cell.getRect().getWidth())
                            .as("right edge of %s", cell.getText())
                            .isLessThanOrEqualTo(360);
                }
                assertThat((String) phone.executeScript(
                                "return getComputedStyle(arguments[0], '::before').content;", cells.get(3)))
                        .as("the validity is named on the card")
                        .contains("Hiệu lực");
            }
            assertThat((Long) phone.executeScript("return document.documentElement.scrollWidth;"))
                    .isLessThanOrEqualTo(360L);
            assertThat(Browser.accessibilityViolations(phone)).isEmpty();
        } finally {
            phone.quit();
        }
    }
}
