package org.backoffice.infra.persistence;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** backoffice.data-dir: where the embedded database and the demo users file live. */
@Component
public class BackofficeDataDirectory {

    private final Path path;

    public BackofficeDataDirectory(InstanceSettings settings) {
        this.path = Path.of(settings.dataDir()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + path, e);
        }
    }

    public Path path() {
        return path;
    }
}
