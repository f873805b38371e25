package vn.htx.portal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.support.Browser;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.UsersApi;

/** A destructive action in the back office asks first, and does nothing when the answer is no. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfirmationBrowserTests extends PortalIntegrationTest {

    @Autowired
    private UsersApi users;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        StaffFixtures.ensure(users, jdbc);
        browser = Browser.desktop(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(StaffFixtures.EDITOR);
        browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/quan-tri"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void deletingAUnitAsksFirstAndNoKeepsIt() {
        String name = "Đơn vị để xóa " + System.nanoTime();
        jdbc.update("insert into org_unit (name, kind, sort_order) values (?, 'OTHER', 9999)", name);
        long id = jdbc.queryForObject("select id from org_unit where name = ?", Long.class, name);
        String button = "form[action='/quan-tri/to-chuc/don-vi/" + id + "/xoa'] button";

        browser.get(url("/quan-tri/to-chuc"));
        browser.executeScript("window.stillHere = true;");
        browser.findElement(By.cssSelector(button)).click();
        Alert question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo("Xóa \"" + name + "\"?");
        question.dismiss();
        await().during(Duration.ofMillis(700))
                .atMost(Duration.ofSeconds(3))
                .until(() -> Boolean.TRUE.equals(browser.executeScript("return window.stillHere === true;"))
                        && jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, id) == 1);

        browser.findElement(By.cssSelector(button)).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.findElements(By.cssSelector(".notice--ok")).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, id))
                .isZero();
    }
}
