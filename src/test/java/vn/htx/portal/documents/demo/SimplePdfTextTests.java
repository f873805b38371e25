package vn.htx.portal.documents.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.htx.portal.search.FileText;

class SimplePdfTextTests {

    @Test
    void theDemoPdfsHaveText() {
        assertThat(FileText.extract(SimplePdf.page(List.of("So: 4454/QĐ-BNN-VPĐP", "Phu luc")), "pdf"))
                .contains("4454/QD-BNN-VPDP")
                .contains("Phu luc");
    }
}
