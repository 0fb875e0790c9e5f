package org.backoffice.command.it.licence;

import java.util.List;
import java.util.UUID;

/** Which licences an employee or a device holds a seat of, for offboarding and retirement. */
public interface LicenceDirectory {

    List<UUID> licencesHeldBy(UUID holder);
}
