package vn.htx.portal.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.util.unit.DataSize;
import vn.htx.portal.PortalProperties;

/** The portal's defaults as the README states them, for unit tests without Spring. */
public final class TestPortalProperties {

    private TestPortalProperties() {}

    public static PortalProperties defaults() {
        return withPageCacheTtl(Duration.ofSeconds(1));
    }

    public static PortalProperties withPageCacheTtl(Duration ttl) {
        return new PortalProperties(
                Path.of("data"),
                true,
                ZoneId.of("Asia/Ho_Chi_Minh"),
                "",
                List.of("localhost", "127.0.0.1"),
                10,
                new PortalProperties.Sidebar(5, 70, 5),
                new PortalProperties.Media(DataSize.ofMegabytes(10), 40_000_000),
                new PortalProperties.Documents(DataSize.ofMegabytes(50)),
                new PortalProperties.Gallery(DataSize.ofMegabytes(60), 30),
                new PortalProperties.Stats(List.of(), Duration.ofMillis(200)),
                new PortalProperties.PageCache(ttl, DataSize.ofMegabytes(32)),
                32);
    }
}
