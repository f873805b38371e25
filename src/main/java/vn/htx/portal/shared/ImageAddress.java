package vn.htx.portal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * An address a page may show as an image: one of the portal's own uploads ({@code /media/...}) or an
 * https address of another site. Anything else ({@code javascript:}, {@code data:}, plain http,
 * {@code //host}, a path out of {@code /media}) is refused. Blank means "no image".
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ImageAddress.Validator.class)
public @interface ImageAddress {

    String message() default "{validation.imageAddress}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ImageAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isAllowed(value.strip());
        }

        public static boolean isAllowed(String address) {
            for (int i = 0; i < address.length(); i++) {
                char c = address.charAt(i);
                if (c <= ' ' || c == '\\' || c == '"' || c == '\'' || c == '<' || c == '>' || c == 0x7f) {
                    return false;
                }
            }
            if (address.startsWith("/media/")) {
                return !address.contains("..") && !address.contains("//") && !address.contains("%");
            }
            try {
                URI uri = new URI(address);
                return "https".equals(uri.getScheme())
                        && uri.getHost() != null
                        && uri.getRawUserInfo() == null
                        && address.startsWith("https://");
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
