package org.backoffice.command.it.telephony;

import org.backoffice.events.it.NumberBlockKind;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Set-based facts about number blocks and who holds which number, for the command side. */
public interface TelephonyDirectory {

    record BlockEntry(UUID blockId, String name, NumberBlockKind kind, long first, long last) {
        public boolean contains(long value) {
            return value >= first && value <= last;
        }
    }

    Optional<BlockEntry> block(UUID blockId);

    /** A block whose range meets first..last, other than blockId. */
    Optional<BlockEntry> overlapping(long first, long last, UUID blockId);

    /** The numbers an employee or a device holds now (number ids). */
    List<UUID> numbersHeldBy(UUID holder);
}
