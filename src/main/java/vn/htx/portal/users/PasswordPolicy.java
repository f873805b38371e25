package vn.htx.portal.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.htx.portal.shared.VietnameseText;

/**
 * At least 10 characters, not one of the passwords people use most (the list in
 * {@code security/common-passwords.txt}, compared without case and diacritics), and not the user
 * name itself.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        try {
            String text =
                    new ClassPathResource("security/common-passwords.txt").getContentAsString(StandardCharsets.UTF_8);
            this.common = text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::canonical)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws an {@link AccountException} on field {@code field} when the password is not acceptable. */
    public void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountException(field, "password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountException(field, "password.tooLong");
        }
        String canonical = canonical(password);
        if (common.contains(canonical)) {
            throw new AccountException(field, "password.tooCommon");
        }
        if (username != null && !username.isBlank() && canonical.contains(canonical(username))) {
            throw new AccountException(field, "password.containsUsername");
        }
    }

    private static String canonical(String value) {
        return VietnameseText.fold(value).toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
