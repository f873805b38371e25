package vn.htx.portal.site.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    private final LayoutInterceptor layoutInterceptor;

    SiteWebConfiguration(LayoutInterceptor layoutInterceptor) {
        this.layoutInterceptor = layoutInterceptor;
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
                        "/quan-tri/**",
                        "/dang-nhap");
    }
}
