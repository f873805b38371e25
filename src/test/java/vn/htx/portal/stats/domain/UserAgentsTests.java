package vn.htx.portal.stats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserAgentsTests {

    static final String CHROME_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    static final String SAFARI_IPHONE =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    static final String COC_COC =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/125.0 Chrome/119.0 Safari/537.36";
    static final String ANDROID_TABLET =
            "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

    @Test
    void crawlersLinkPreviewsAndHttpLibrariesAreBots() {
        for (String bot : List.of(
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; "
                        + "+http://www.google.com/bot.html) Chrome/131.0.6778.204 Safari/537.36",
                "Twitterbot/1.0",
                "TelegramBot (like TwitterBot)",
                "WhatsApp/2.23.20.0",
                "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
                "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
                "curl/8.5.0",
                "python-requests/2.32.3",
                "Go-http-client/1.1",
                "Java-http-client/17.0.15",
                "okhttp/4.12.0",
                "",
                "   ")) {
            assertThat(UserAgents.isBot(bot)).as(bot).isTrue();
        }
        assertThat(UserAgents.isBot(null)).isTrue();
        for (String person : List.of(CHROME_WINDOWS, SAFARI_IPHONE, COC_COC, ANDROID_TABLET)) {
            assertThat(UserAgents.isBot(person)).as(person).isFalse();
        }
    }

    /** How Vietnamese readers arrive: mostly from links shared in Zalo groups and on Facebook. */
    @Test
    void readersInZaloFacebookAndMessengerInAppBrowsersArePeople() {
        for (String person : List.of(
                "Mozilla/5.0 (Linux; Android 12; SM-A325F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like "
                        + "Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 Zalo android/12110635 "
                        + "ZaloTheme/light ZaloLanguage/vi",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Mobile/15E148 Zalo iOS/25.07.01 ZaloTheme/light ZaloLanguage/vi",
                "Mozilla/5.0 (Linux; Android 13; 2201117TG Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like "
                        + "Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/443.0.0.23.229;]",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Mobile/15E148 [FBAN/FBIOS;FBAV/441.0.0.33.108;FBBV/545612395;FBDV/iPhone14,5;FBMD/iPhone;"
                        + "FBSN/iOS;FBSV/17.1;FBSS/3;FBCR/;FBID/phone;FBLC/vi_VN;FBOP/5]",
                "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
                        + "Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/436.0.0.13.114;]",
                "Mozilla/5.0 (Linux; Android 14; 23106RN0DA) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "coc_coc_browser/121.0.220 Chrome/115.0.5790.220 Mobile Safari/537.36")) {
            assertThat(UserAgents.isBot(person)).as(person).isFalse();
            assertThat(UserAgents.device(person)).as(person).isEqualTo(UserAgents.PHONE);
        }
    }

    @Test
    void browsersSystemsAndDevicesAreRecognised() {
        assertThat(UserAgents.browser(CHROME_WINDOWS)).isEqualTo("Chrome");
        assertThat(UserAgents.browser(SAFARI_IPHONE)).isEqualTo("Safari");
        assertThat(UserAgents.browser(COC_COC)).isEqualTo("Cốc Cốc");
        assertThat(UserAgents.operatingSystem(CHROME_WINDOWS)).isEqualTo("Windows");
        assertThat(UserAgents.operatingSystem(SAFARI_IPHONE)).isEqualTo("iOS");
        assertThat(UserAgents.operatingSystem(ANDROID_TABLET)).isEqualTo("Android");
        assertThat(UserAgents.device(SAFARI_IPHONE)).isEqualTo(UserAgents.PHONE);
        assertThat(UserAgents.device(ANDROID_TABLET)).isEqualTo(UserAgents.TABLET);
        assertThat(UserAgents.device(CHROME_WINDOWS)).isEqualTo(UserAgents.DESKTOP);
    }

    @Test
    void describedAtOnceAsEachAnswerAloneAlsoWhenRemembered() {
        for (String agent : List.of(CHROME_WINDOWS, SAFARI_IPHONE, COC_COC, ANDROID_TABLET, "curl/8.5.0")) {
            UserAgents.Described expected = new UserAgents.Described(
                    UserAgents.isBot(agent),
                    UserAgents.browser(agent),
                    UserAgents.operatingSystem(agent),
                    UserAgents.device(agent));
            assertThat(UserAgents.describe(agent)).as(agent).isEqualTo(expected);
            assertThat(UserAgents.describe(agent)).as("remembered " + agent).isEqualTo(expected);
        }
        assertThat(UserAgents.describe(null))
                .isEqualTo(new UserAgents.Described(true, UserAgents.OTHER, UserAgents.OTHER, UserAgents.DESKTOP));
        String veryLong = CHROME_WINDOWS + " " + "x".repeat(UserAgents.REMEMBERED_LENGTH);
        assertThat(UserAgents.describe(veryLong).browser()).isEqualTo("Chrome");
    }

    @Test
    void theMemoryStartsOverWhenFull() {
        for (int i = 0; i < UserAgents.REMEMBERED + 10; i++) {
            assertThat(UserAgents.describe("Mozilla/5.0 (Windows NT 10.0) Firefox/" + i)
                            .browser())
                    .isEqualTo("Firefox");
        }
        assertThat(UserAgents.rememberedCount()).isLessThanOrEqualTo(UserAgents.REMEMBERED);
    }
}
