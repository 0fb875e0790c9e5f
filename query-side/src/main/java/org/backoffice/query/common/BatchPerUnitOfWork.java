package org.backoffice.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a projection collects while its processor hands it a batch of events: one collector per
 * batch (kept in the batch's root unit of work), written once just before the batch commits,
 * in the same database transaction as the processor's token.
 */
public final class BatchPerUnitOfWork {

    private BatchPerUnitOfWork() {
    }

    /** This batch's collector of this type, made (and registered to be flushed) on first use. */
    public static <T> T current(Class<T> type, Supplier<T> create, Consumer<T> flush) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(type.getName(), key -> {
            T batch = create.get();
            unitOfWork.onPrepareCommit(u -> flush.accept(batch));
            return batch;
        });
    }
}
