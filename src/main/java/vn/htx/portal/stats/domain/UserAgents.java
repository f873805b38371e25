package vn.htx.portal.stats.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a User-Agent says about the client: a bot or crawler (counted apart, never as a visitor), and
 * otherwise its browser, operating system and device families. A plain list of markers, kept here.
 */
public final class UserAgents {

    /** Crawlers, link previews (Zalo, Facebook, …) and HTTP libraries, lower case. */
    static final List<String> BOT_MARKERS = List.of(
            "bot",
            "crawler",
            "spider",
            "slurp",
            "googlebot",
            "bingbot",
            "coccocbot",
            "zalo",
            "facebookexternalhit",
            "facebot",
            "twitterbot",
            "linkedinbot",
            "telegrambot",
            "whatsapp",
            "skypeuripreview",
            "discordbot",
            "baiduspider",
            "yandex",
            "duckduckbot",
            "applebot",
            "petalbot",
            "ahrefs",
            "semrush",
            "mj12",
            "dotbot",
            "bytespider",
            "gptbot",
            "claudebot",
            "ccbot",
            "headlesschrome",
            "lighthouse",
            "pingdom",
            "uptimerobot",
            "curl/",
            "wget/",
            "java-http-client",
            "python-requests",
            "python-urllib",
            "aiohttp",
            "httpx",
            "go-http-client",
            "java/",
            "okhttp",
            "apache-httpclient",
            "libwww-perl",
            "httpie",
            "node-fetch",
            "axios",
            "got (",
            "postmanruntime",
            "insomnia",
            "wrk",
            "apachebench",
            "jmeter",
            "k6/",
            "scrapy",
            "feedfetcher",
            "rss");

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
        for (String marker : BOT_MARKERS) {
            if (ua.contains(marker)) {
                return true;
            }
        }
        return false;
    }

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
        return "Khác";
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
        return "Khác";
    }

    /** Điện thoại, Máy tính bảng or Máy tính. */
    public static String device(String userAgent) {
        String ua = lower(userAgent);
        if (ua.contains("ipad") || ua.contains("tablet") || (ua.contains("android") && !ua.contains("mobile"))) {
            return "Máy tính bảng";
        }
        if (ua.contains("mobile") || ua.contains("iphone") || ua.contains("ipod")) {
            return "Điện thoại";
        }
        return "Máy tính";
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
