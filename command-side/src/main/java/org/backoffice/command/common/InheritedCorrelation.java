package org.backoffice.command.common;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The correlation data (user, correlation id, cause) a command sent on this thread inherits from
 * a unit of work on another thread: Axon gives a message the data of the unit of work of its own
 * thread only, so a command that must run on a thread of its own ({@link OwnTransactions}) would
 * otherwise start a chain of its own. The command bus' dispatch interceptor reads it.
 */
public final class InheritedCorrelation {

    private static final ThreadLocal<Map<String, ?>> CURRENT = new ThreadLocal<>();

    private InheritedCorrelation() {
    }

    /** What commands sent on this thread inherit now (empty: nothing). */
    public static Map<String, ?> current() {
        Map<String, ?> data = CURRENT.get();
        return data == null ? Map.of() : data;
    }

    static <T> T during(Map<String, ?> data, Supplier<T> work) {
        CURRENT.set(data);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }
}
