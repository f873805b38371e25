package vn.htx.portal.shared.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.htx.portal.PortalProperties;

/**
 * Tomcat itself: the trusted reverse proxies' headers, applied before the application sees a
 * request, the limit on request bodies read at once, and the page for requests Tomcat refuses on
 * its own.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxyHeaders(PortalProperties properties) {
        ClientAddress addresses = new ClientAddress(properties.stats().trustedProxies());
        return factory -> {
            factory.addEngineValves(
                    new TrustedProxyValve(addresses), new RequestBodyGuard(properties.maxBodyRequests()));
            // Tomcat's own error page (for requests it refuses before the portal) in Vietnamese
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
                }
            });
        };
    }
}
