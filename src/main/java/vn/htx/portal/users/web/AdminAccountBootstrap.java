package vn.htx.portal.users.web;

import java.security.SecureRandom;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.htx.portal.shared.VietnameseText;
import vn.htx.portal.users.AccountException;
import vn.htx.portal.users.AdminPasswordRefused;
import vn.htx.portal.users.PasswordPolicy;
import vn.htx.portal.users.UsersApi;

/**
 * On first start (no account at all) creates {@code admin}, with the password from
 * {@code PORTAL_ADMIN_PASSWORD} or, when that is unset, a random one printed once to the log.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UsersApi users;
    private final PasswordPolicy policy;
    private final String configuredPassword;
    private final MessageSource messages;

    AdminAccountBootstrap(
            UsersApi users,
            PasswordPolicy policy,
            @Value("${portal.admin-password:}") String configuredPassword,
            MessageSource messages) {
        this.users = users;
        this.policy = policy;
        this.configuredPassword = configuredPassword;
        this.messages = messages;
    }

    /**
     * A configured password that the policy refuses stops start-up here, while the context is being
     * built: before the demo content or anything else is written (runners come after).
     */
    @Override
    public void afterPropertiesSet() {
        if (configuredPassword.isBlank() || users.count() > 0) {
            return;
        }
        try {
            policy.check("password", "admin", configuredPassword);
        } catch (AccountException e) {
            Locale vi = VietnameseText.LOCALE;
            String rule = messages.getMessage(e.messageKey(), null, vi);
            throw new AdminPasswordRefused(
                    messages.getMessage("startup.adminPassword.refused", new Object[] {rule}, vi),
                    messages.getMessage("startup.adminPassword.action", new Object[] {PasswordPolicy.MIN_LENGTH}, vi));
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            users.bootstrapAdmin("admin", configuredPassword);
            log.info("Created the first administrator account 'admin' with the password from PORTAL_ADMIN_PASSWORD.");
            return;
        }
        String generated = randomPassword();
        users.bootstrapAdmin("admin", generated);
        log.warn(
                "\n\n    Created the first administrator account.\n    User name: admin\n    Password:  {}\n"
                        + "    This password is shown only once: sign in at /dang-nhap and change it at once.\n",
                generated);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
