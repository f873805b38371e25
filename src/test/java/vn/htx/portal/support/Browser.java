package vn.htx.portal.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both named by path so that
 * nothing is ever downloaded, with the flags that keep it off the network.
 */
public final class Browser {

    public static final String CHROMIUM = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");

    /** The WCAG 2.1 A and AA rules of axe-core. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {}

    /** A phone: a real {@code width} CSS-pixel viewport (a window cannot be made that narrow), touch, mobile UA. */
    public static ChromeDriver phone(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        return start(options, 600, height);
    }

    public static ChromeDriver desktop(int width, int height) {
        return start(new ChromeOptions(), width, height);
    }

    private static ChromeDriver start(ChromeOptions options, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        try {
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--lang=vi",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("htx-chromium-"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's WCAG 2.1 AA violations on the current page, one line each, for a readable failure. */
    public static List<String> accessibilityViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .limit(5)
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }
}
