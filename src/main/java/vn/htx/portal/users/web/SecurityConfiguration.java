package vn.htx.portal.users.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import vn.htx.portal.users.AuditLog;
import vn.htx.portal.users.domain.AppUserRepository;
import vn.htx.portal.users.domain.LoginAttempts;

/**
 * Who may go where. The public site is open; everything under {@code /quan-tri} needs a signed-in
 * staff member, and the admin-only areas need ADMIN. Services check roles again for every action
 * ({@code @PreAuthorize} and the workflow rules), so a forgotten URL rule cannot open a door.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN = "/dang-nhap";
    static final String LAST_USERNAME = "htx.login.lastUsername";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, AppUserRepository users) throws Exception {
        http.addFilterBefore(new StaffSessionCheck(users), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/quan-tri/nguoi-dung/**",
                                "/quan-tri/nhat-ky/**",
                                "/quan-tri/chuyen-muc/**",
                                "/quan-tri/cai-dat/**",
                                "/quan-tri/thong-ke/**",
                                "/quan-tri/tim-kiem/**",
                                "/quan-tri/menu",
                                "/quan-tri/menu/**",
                                "/quan-tri/banner",
                                "/quan-tri/banner/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                "/quan-tri/thong-bao/**",
                                "/quan-tri/van-ban/**",
                                "/quan-tri/trang/**",
                                "/quan-tri/to-chuc/**",
                                "/quan-tri/thu-vien-anh/**",
                                "/quan-tri/video/**")
                        .hasAnyRole("ADMIN", "EDITOR")
                        .requestMatchers("/quan-tri", "/quan-tri/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl("/quan-tri", true)
                        .failureHandler(new LoginFailure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/dang-xuat")
                        .logoutSuccessUrl(LOGIN + "?da-dang-xuat=1")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // The shared SecurityHeadersFilter writes these for every response, back office included.
                .headers(headers -> headers.contentTypeOptions(c -> c.disable())
                        .frameOptions(f -> f.disable())
                        .cacheControl(c -> c.disable()));
        return http.build();
    }

    /**
     * The only authentication provider, picked up by Spring Security's global authentication
     * manager. (Also adding it to the filter chain would run it twice per attempt and count every
     * failed login double.)
     */
    @Bean
    StaffAuthentication staffAuthentication(
            AppUserRepository users, PasswordEncoder encoder, LoginAttempts attempts, AuditLog audit) {
        return new StaffAuthentication(users, encoder, attempts, audit);
    }

    /** bcrypt (adaptive, cost 10) behind Spring's delegating encoder, so the algorithm can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Back to the form with what was typed in the name field and which message to show. */
    static class LoginFailure implements AuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            String username = request.getParameter("username");
            request.getSession().setAttribute(LAST_USERNAME, username == null ? "" : username.strip());
            String reason = e instanceof StaffAuthentication.AddressBlockedException
                    ? "?khoa-dia-chi=1"
                    : e instanceof LockedException ? "?khoa=1" : "?loi=1";
            response.sendRedirect(request.getContextPath() + LOGIN + reason);
        }
    }
}
