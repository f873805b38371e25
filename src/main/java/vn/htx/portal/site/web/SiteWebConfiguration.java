package vn.htx.portal.site.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    private final LayoutInterceptor layoutInterceptor;

    SiteWebConfiguration(LayoutInterceptor layoutInterceptor) {
        this.layoutInterceptor = layoutInterceptor;
    }

    /**
     * Bytes Tomcat gathers before writing to a connection (its default is 8 KB), per open
     * connection: compressed pages fit in 8 KB, but a 13 KB article page for a client without
     * gzip took two write calls. 16 KB: one (counted with strace under wrk: 34,941 writes for
     * 34,954 answers, against 47,156 for 23,623).
     */
    static final int WRITE_BUFFER = 16 * 1024;

    @Bean
    TomcatConnectorCustomizer oneWritePerPage() {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layoutInterceptor)
                .excludePathPatterns(
                        "/assets/**",
                        "/webjars/**",
                        "/media/**",
                        "/favicon.ico",
                        "/actuator/**",
                        "/quan-tri",
                        "/quan-tri/**");
        // a page's preview is shown in the public frame, as visitors will see it
        registry.addInterceptor(layoutInterceptor).addPathPatterns("/quan-tri/trang/*/xem-truoc");
    }
}
