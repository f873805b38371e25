package vn.htx.portal.shared.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.htx.portal.PortalProperties;

/** The trusted reverse proxies' headers, applied by Tomcat before the application sees a request. */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxyHeaders(PortalProperties properties) {
        ClientAddress addresses = new ClientAddress(properties.stats().trustedProxies());
        return factory -> factory.addEngineValves(new TrustedProxyValve(addresses));
    }
}
