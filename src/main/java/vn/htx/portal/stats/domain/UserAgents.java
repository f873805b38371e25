package vn.htx.portal.stats.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a User-Agent says about the client: a bot or crawler (counted apart, never as a visitor), and
 * otherwise its browser, operating system and device families.
 */
public final class UserAgents {

    /**
     * Crawlers and link previews are recognised by ua-parser's maintained list (uap-core, device
     * family "Spider": Googlebot, Bingbot, coccocbot, facebookexternalhit, Twitterbot, …). What it
     * leaves as a person is checked here against HTTP libraries and load tools, lower case. In-app
     * browsers (Zalo, Facebook, Messenger) are people reading: they are never matched by name.
     */
    static final List<String> TOOL_MARKERS = List.of(
            "curl/",
            "wget/",
            "java-http-client",
            "java/",
            "python-requests",
            "python-urllib",
            "aiohttp",
            "httpx",
            "go-http-client",
            "okhttp",
            "apache-httpclient",
            "libwww-perl",
            "httpie",
            "node-fetch",
            "axios/",
            "got (",
            "postmanruntime",
            "insomnia",
            "wrk",
            "apachebench",
            "jmeter",
            "k6/",
            "scrapy",
            "headlesschrome",
            "lighthouse",
            "feedfetcher");

    /** ua-parser reads at most this much of a User-Agent (real ones are far shorter). */
    static final int PARSED_LENGTH = 512;

    private static final class Crawlers {
        private static final ua_parser.Parser PARSER = new ua_parser.Parser();
    }

    /** What the counter keeps of one User-Agent. */
    public record Described(boolean bot, String browser, String operatingSystem, String device) {}

    /**
     * Real traffic comes from a few hundred User-Agents: each is worked out once and remembered (up
     * to this many, of at most {@link #REMEMBERED_LENGTH} characters; the memory starts over when full).
     */
    static final int REMEMBERED = 2_000;

    static final int REMEMBERED_LENGTH = 512;
    private static final Map<String, Described> remembered = new ConcurrentHashMap<>();

    private UserAgents() {}

    /** Bot, browser, operating system and device of a User-Agent at once. */
    public static Described describe(String userAgent) {
        if (userAgent == null) {
            return workOut(null);
        }
        Described known = remembered.get(userAgent);
        if (known != null) {
            return known;
        }
        Described described = workOut(userAgent);
        if (userAgent.length() <= REMEMBERED_LENGTH) {
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(userAgent, described);
        }
        return described;
    }

    static int rememberedCount() {
        return remembered.size();
    }

    private static Described workOut(String userAgent) {
        return new Described(isBot(userAgent), browser(userAgent), operatingSystem(userAgent), device(userAgent));
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String marker : TOOL_MARKERS) {
            if (ua.contains(marker)) {
                return true;
            }
        }
        String parsed = userAgent.length() > PARSED_LENGTH ? userAgent.substring(0, PARSED_LENGTH) : userAgent;
        return "Spider".equals(Crawlers.PARSER.parseDevice(parsed).family);
    }

    /** Names that are not brands are codes, shown through the messages {@code stats.agent.*}. */
    public static final String OTHER = "OTHER";

    public static final String PHONE = "PHONE";
    public static final String TABLET = "TABLET";
    public static final String DESKTOP = "DESKTOP";

    public static String browser(String userAgent) {
        String ua = lower(userAgent);
        if (ua.contains("coc_coc") || ua.contains("coccoc")) {
            return "Cốc Cốc";
        }
        if (ua.contains("edg/") || ua.contains("edge/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("samsungbrowser")) {
            return "Samsung Internet";
        }
        if (ua.contains("firefox/") || ua.contains("fxios")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("crios") || ua.contains("chromium")) {
            return "Chrome";
        }
        if (ua.contains("safari/")) {
            return "Safari";
        }
        return OTHER;
    }

    public static String operatingSystem(String userAgent) {
        String ua = lower(userAgent);
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod")) {
            return "iOS";
        }
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return "macOS";
        }
        if (ua.contains("linux") || ua.contains("x11")) {
            return "Linux";
        }
        return OTHER;
    }

    /** {@link #PHONE}, {@link #TABLET} or {@link #DESKTOP}. */
    public static String device(String userAgent) {
        String ua = lower(userAgent);
        if (ua.contains("ipad") || ua.contains("tablet") || (ua.contains("android") && !ua.contains("mobile"))) {
            return TABLET;
        }
        if (ua.contains("mobile") || ua.contains("iphone") || ua.contains("ipod")) {
            return PHONE;
        }
        return DESKTOP;
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
