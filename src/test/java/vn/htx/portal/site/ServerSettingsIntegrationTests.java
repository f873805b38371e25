package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.htx.portal.support.PortalIntegrationTest;

/** The web server's settings that the benchmark's figures depend on. */
class ServerSettingsIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private WebServerApplicationContext context;

    @Test
    void aKeptPageGoesOutInOneWriteOnAConnectionKeptAlive() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("16384");
        assertThat(String.valueOf(connector.getProperty("maxKeepAliveRequests")))
                .isEqualTo("-1");
    }
}
