package org.backoffice.infra.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: with no spring.datasource.url, a real PostgreSQL is started from the
 * binaries shipped in a Maven artifact, with its data directory under backoffice.data-dir so that
 * a restart keeps every event and read model. With a URL configured, none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(BackofficeDataDirectory dataDirectory, InstanceSettings settings) throws IOException {
        int port = settings.embeddedPostgres().port();
        Path pgData = dataDirectory.path().resolve("postgres");
        Files.createDirectories(pgData);
        log.info("No spring.datasource.url configured: starting the embedded PostgreSQL with its data in {}",
                pgData.toAbsolutePath());
        EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(pgData, port, false);
        log.info("Embedded PostgreSQL is ready on port {}; data kept in {}", pg.getPort(), pgData.toAbsolutePath());
        return pg;
    }

    /**
     * The application connects as the application role, which may read and append events but
     * not change them (granted by migration V7); only the migrations run as the superuser.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres pg, DatabaseSettings database) {
        String appRole = database.appRole();
        ApplicationRole.ensureLogin(pg.getPostgresDatabase(), appRole);
        HikariDataSource ds = new HikariDataSource();
        ds.setDriverClassName("org.postgresql.Driver");
        ds.setJdbcUrl(pg.getJdbcUrl(appRole, "postgres"));
        ds.setUsername(appRole);
        ds.setPoolName("backoffice-embedded");
        return ds;
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres pg) {
        return configuration -> configuration.dataSource(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }
}
