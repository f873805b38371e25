package vn.htx.portal.users;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code PORTAL_ADMIN_PASSWORD} does not meet the password policy; the message says which rule. */
public class AdminPasswordRefused extends RuntimeException {

    public AdminPasswordRefused(String sentence) {
        super(sentence, null, false, false);
    }

    /** One sentence for the operator instead of a stack trace. Registered in {@code META-INF/spring.factories}. */
    public static class Analyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Đặt PORTAL_ADMIN_PASSWORD là mật khẩu dài ít nhất " + PasswordPolicy.MIN_LENGTH
                            + " ký tự, không phổ biến và không chứa “admin”, hoặc bỏ biến này để cổng tự tạo"
                            + " một mật khẩu ngẫu nhiên và in ra nhật ký một lần. Chưa có dữ liệu nào được ghi.",
                    null);
        }
    }
}
