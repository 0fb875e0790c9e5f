package org.backoffice.infra.axon;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Axon's simple command bus, except for the commands of a group commit's batch (GroupCommit):
 * their units of work run what comes after the commit (waking the read models, snapshots) and
 * their clean-up (releasing the aggregates' locks) only once the batch's transaction has
 * committed. An aggregate's lock is therefore held until what was decided on it is durable,
 * as it is for a command in a transaction of its own: another thread never waits in the database
 * for a row the batch has locked while the batch waits for that thread's aggregate lock.
 */
public final class GroupCommitCommandBus extends SimpleCommandBus {

    private final TransactionManager transactionManager;
    private final List<MessageHandlerInterceptor<? super CommandMessage<?>>> handlerInterceptors = new CopyOnWriteArrayList<>();

    public GroupCommitCommandBus(Builder builder, TransactionManager transactionManager) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> handlerInterceptor) {
        Registration inner = super.registerHandlerInterceptor(handlerInterceptor);
        handlerInterceptors.add(handlerInterceptor);
        return () -> {
            handlerInterceptors.remove(handlerInterceptor);
            return inner.cancel();
        };
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        GroupCommit.Batch batch = GroupCommit.currentBatch();
        if (batch == null) {
            super.handle(command, handler, callback);
            return;
        }
        BatchUnitOfWork<CommandMessage<?>> unitOfWork = new BatchUnitOfWork<>(command, batch);
        unitOfWork.start();
        unitOfWork.attachTransaction(transactionManager);
        InterceptorChain chain = new DefaultInterceptorChain<>(unitOfWork, handlerInterceptors, handler);
        CommandResultMessage<R> result = GenericCommandResultMessage.asCommandResultMessage(
                unitOfWork.executeWithResult(chain::proceed, RollbackConfigurationType.UNCHECKED_EXCEPTIONS));
        callback.onResult(command, result);
    }

    /** A command's unit of work in a batch: after-commit and clean-up wait for the batch's commit. */
    private static final class BatchUnitOfWork<T extends org.axonframework.messaging.Message<?>> extends DefaultUnitOfWork<T> {

        private final GroupCommit.Batch batch;

        BatchUnitOfWork(T message, GroupCommit.Batch batch) {
            super(message);
            this.batch = batch;
        }

        @Override
        protected void notifyHandlers(UnitOfWork.Phase phase) {
            if (phase == UnitOfWork.Phase.AFTER_COMMIT) {
                batch.afterCommit(() -> super.notifyHandlers(phase));
            } else if (phase == UnitOfWork.Phase.CLEANUP && !isRolledBack()) {
                batch.cleanUp(() -> super.notifyHandlers(phase));
            } else {
                super.notifyHandlers(phase);
            }
        }
    }
}
