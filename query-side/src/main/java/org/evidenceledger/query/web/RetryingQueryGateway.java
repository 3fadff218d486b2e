package org.evidenceledger.query.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.evidenceledger.platform.storage.StorageFailures;
import org.reactivestreams.Publisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's query gateway, with one retry of a query that met the store failing underneath it. On a full
 * disk H2 closes its store whenever something writes (a processor extending its token claim), and a
 * query in flight then fails though what it reads is intact; its retry gets a fresh connection, which
 * opens the database again. Queries only read, so a retry is harmless.
 */
public class RetryingQueryGateway implements QueryGateway {

    private final QueryGateway delegate;

    public RetryingQueryGateway(QueryGateway delegate) {
        this.delegate = delegate;
    }

    @Override
    public <R, Q> CompletableFuture<R> query(String queryName, Q query, ResponseType<R> responseType) {
        return delegate.query(queryName, query, responseType).exceptionallyCompose(failure ->
                StorageFailures.isStorageFailure(failure)
                        ? delegate.query(queryName, query, responseType)
                        : CompletableFuture.failedFuture(failure));
    }

    @Override
    public <R, Q> Publisher<R> streamingQuery(String queryName, Q query, Class<R> responseType) {
        return delegate.streamingQuery(queryName, query, responseType);
    }

    @Override
    public <R, Q> Stream<R> scatterGather(String queryName, Q query, ResponseType<R> responseType, long timeout,
                                          TimeUnit timeUnit) {
        return delegate.scatterGather(queryName, query, responseType, timeout, timeUnit);
    }

    @Override
    @SuppressWarnings("deprecation")
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
                                                                     ResponseType<I> initialResponseType,
                                                                     ResponseType<U> updateResponseType,
                                                                     SubscriptionQueryBackpressure backpressure,
                                                                     int updateBufferSize) {
        return delegate.subscriptionQuery(queryName, query, initialResponseType, updateResponseType, backpressure,
                updateBufferSize);
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
                                                                     ResponseType<I> initialResponseType,
                                                                     ResponseType<U> updateResponseType,
                                                                     int updateBufferSize) {
        return delegate.subscriptionQuery(queryName, query, initialResponseType, updateResponseType, updateBufferSize);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super QueryMessage<?, ?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    /** Takes the place of the gateway Axon's auto-configuration would declare. */
    @Configuration(proxyBeanMethods = false)
    static class QueryGatewayConfiguration {

        @Bean
        public QueryGateway queryGateway(QueryBus queryBus) {
            return new RetryingQueryGateway(DefaultQueryGateway.builder().queryBus(queryBus).build());
        }
    }
}
