package org.evidenceledger.command.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.evidenceledger.command.partnership.Accepted;
import org.evidenceledger.platform.axon.RecordingMetadata;
import org.springframework.stereotype.Component;

/**
 * Remembers a command's answer under its Idempotency-Key inside the command's own unit of work:
 * the answer and the events commit together, and a concurrent duplicate of the key rolls its
 * events back (and out of the aggregate cache).
 */
@Component
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotencyStore store;

    public IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        Object key = metaData.get(IdempotencyMetadata.KEY);
        if (key != null && result instanceof Accepted accepted) {
            store.remember((String) metaData.get(RecordingMetadata.RECORDED_BY), (String) key,
                    new StoredAnswer((String) metaData.get(IdempotencyMetadata.REQUEST_HASH), accepted,
                            (String) metaData.get(IdempotencyMetadata.LOCATION)));
        }
        return result;
    }
}
