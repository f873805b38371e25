package vn.htx.portal.users;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code PORTAL_ADMIN_PASSWORD} does not meet the password policy; the message says which rule. */
public class AdminPasswordRefused extends RuntimeException {

    private final String action;

    /**
     * @param sentence what is wrong with the password
     * @param action what the operator should do about it
     */
    public AdminPasswordRefused(String sentence, String action) {
        super(sentence, null, false, false);
        this.action = action;
    }

    /** One sentence for the operator instead of a stack trace. Registered in {@code META-INF/spring.factories}. */
    public static class Analyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action, null);
        }
    }
}
