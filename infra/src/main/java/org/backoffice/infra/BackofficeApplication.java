package org.backoffice.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Backoffice: accounting, HR and IT on one event-sourced store. */
@SpringBootApplication(scanBasePackages = "org.backoffice")
@ConfigurationPropertiesScan("org.backoffice")
@EntityScan("org.backoffice.query")
@EnableJpaRepositories("org.backoffice.query")
public class BackofficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackofficeApplication.class, args);
    }
}
