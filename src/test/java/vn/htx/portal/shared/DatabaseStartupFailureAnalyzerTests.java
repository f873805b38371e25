package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseStartupFailureAnalyzerTests {

    private final DatabaseStartupFailureAnalyzer analyzer = new DatabaseStartupFailureAnalyzer();

    @Test
    void aRefusedConnectionBecomesOneClearMessage() {
        SQLException refused = new SQLException(
                "Connection to 127.0.0.1:5 refused. Check that the hostname is right.\nSQL State: 08001", "08001");
        Throwable failure =
                new BeanCreationException("flyway", new FlywayException("Unable to obtain connection", refused));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo(
                        "The portal could not connect to its database: Connection to 127.0.0.1:5 refused. Check that the hostname is right.");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aFailedMigrationSaysSo() {
        Throwable failure = new BeanCreationException(
                "flyway", new FlywayException("Validate failed: Detected applied migration not resolved locally: 99"));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription())
                .startsWith("The portal could not migrate its database schema: Validate failed");
    }

    @Test
    void aBadStatementInAMigrationIsAMigrationProblemNotAConnectionProblem() {
        SQLException syntax = new SQLException("Syntax error in SQL statement", "42001");
        FailureAnalysis analysis = analyzer.analyze(new FlywayException("Migration V2 failed", syntax));
        assertThat(analysis.getDescription()).startsWith("The portal could not migrate");
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("port in use"))).isNull();
    }
}
