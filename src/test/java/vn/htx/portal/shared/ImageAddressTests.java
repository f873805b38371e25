package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageAddressTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/media/2026/12/anh-hoi-nghi.webp",
                "https://lienminhhtx.example.gov.vn/images/logo.png",
                "https://example.org/a.jpg?w=480"
            })
    void ownMediaAndHttpsAddressesAreAccepted(String address) {
        assertThat(ImageAddress.Validator.isAllowed(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JAVASCRIPT:alert(1)",
                "data:image/svg+xml;base64,PHN2Zz4=",
                "http://example.org/a.jpg",
                "//evil.example/a.jpg",
                "/media/../quan-tri/nguoi-dung",
                "/media//evil.example/a.jpg",
                "/quan-tri/nguoi-dung",
                "https://user:pass@evil.example/a.jpg",
                "https://example.org/a.jpg\" onerror=\"alert(1)",
                "https:/example.org/a.jpg",
                "vbscript:msgbox(1)"
            })
    void anythingElseIsRefused(String address) {
        assertThat(ImageAddress.Validator.isAllowed(address)).isFalse();
    }
}
