package org.evidenceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.axoniq.axonserver.grpc.command.CommandResponse;
import java.sql.SQLNonTransientConnectionException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.RuleViolation;
import org.evidenceledger.command.web.CommandErrorAdvice;
import org.evidenceledger.platform.axon.AxonStorageConfiguration;
import org.evidenceledger.platform.web.ProblemAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal by a handler in another process, taken the way Axon Server takes it: the handler's result
 * through the connector's own CommandSerializer (ErrorCode, ExceptionSerializer, the details through the
 * JacksonSerializer this service configures), as protobuf bytes, and back into the CommandExecutionException
 * the sender's gateway throws. The sender's advice answers it exactly as the exception itself in one JVM.
 */
class RemoteRefusalTest {

    private static final Serializer SERIALIZER = new AxonStorageConfiguration().serializer();
    private static final CommandSerializer AXON_SERVER = new CommandSerializer(SERIALIZER, new AxonServerConfiguration());
    private static final String COMMAND = "command";

    private final Throwing controller = new Throwing();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller)
            .setControllerAdvice(new CommandErrorAdvice(), new ProblemAdvice())
            .build();

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments(new RuleViolation(ErrorCode.DATE_BEFORE_ANNOUNCEMENT,
                        "deployedOn 2020-01-01 is before the announcement on 2024-06-01."), 422),
                arguments(new RuleViolation(ErrorCode.PARTNERSHIP_CONCLUDED,
                        "Partnership 'p' is concluded; it takes only retractions."), 422),
                arguments(new RuleViolation(ErrorCode.DUPLICATE_PARTNERSHIP, "Partnership 'p' is already recorded."), 409),
                arguments(new RuleViolation(ErrorCode.DUPLICATE_ENTRY, "Partnership 'p' already has an entry 'e'."), 409),
                arguments(new RuleViolation(ErrorCode.VERSION_MISMATCH, "Partnership 'p' is at version 3, not 2."), 412),
                arguments(new AggregateNotFoundException("p", "The aggregate was not found in the event store"), 404),
                arguments(new AggregateStreamCreationException("Cannot reuse aggregate identifier [p]"), 409));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusalFromAnotherProcessIsAnsweredAsInOne(RuntimeException refusal, int status) throws Exception {
        Throwable arrived = throughAxonServer(new RefusalsTravelBack(SimpleCommandBus.builder()), command -> {
            throw refusal;
        });

        assertThat(arrived).isInstanceOf(CommandExecutionException.class);
        MockHttpServletResponse remote = answer(arrived);
        MockHttpServletResponse inOneJvm = answer(refusal);
        assertThat(remote.getStatus()).isEqualTo(status).isEqualTo(inOneJvm.getStatus());
        assertThat(remote.getContentType()).isEqualTo("application/problem+json").isEqualTo(inOneJvm.getContentType());
        assertThat(problem(remote)).isEqualTo(problem(inOneJvm)).containsEntry("type", "urn:problem:ledger:" + status);
    }

    /** The race is only found when the events are appended, at commit, after every handler interceptor. */
    @Test
    void aRaceFoundAtCommitIsAnsweredAsInOne() throws Exception {
        ConcurrencyException race = new ConcurrencyException("Invalid sequence number 4 for aggregate p, expected 5");
        Throwable arrived = throughAxonServer(new RefusalsTravelBack(SimpleCommandBus.builder()), command -> {
            CurrentUnitOfWork.get().onCommit(unitOfWork -> {
                throw race;
            });
            return null;
        });

        MockHttpServletResponse remote = answer(arrived);
        assertThat(remote.getStatus()).isEqualTo(409);
        assertThat(problem(remote)).isEqualTo(problem(answer(race))).containsEntry("title", "Concurrent change");
    }

    /** A handling process whose database cannot store answers as this one would for its own: 503. */
    @Test
    void aStoreThatCannotStoreOverThereIsAnOutageHere() throws Exception {
        DataAccessResourceFailureException down = new DataAccessResourceFailureException("no connection",
                new SQLNonTransientConnectionException("Database is already closed", "08003"));
        Throwable arrived = throughAxonServer(new RefusalsTravelBack(SimpleCommandBus.builder()), command -> {
            throw down;
        });

        MockHttpServletResponse remote = answer(arrived);
        MockHttpServletResponse inOneJvm = answer(down);
        assertThat(remote.getStatus()).isEqualTo(503).isEqualTo(inOneJvm.getStatus());
        assertThat(remote.getHeader("Retry-After")).isEqualTo(inOneJvm.getHeader("Retry-After")).isEqualTo("5");
        assertThat(problem(remote)).isEqualTo(problem(inOneJvm));
    }

    /** What Axon's own local segment sends: messages only, which the sender cannot answer as a refusal. */
    @Test
    void withoutTheRefusalTheSenderCannotTellTheRule() {
        RuleViolation refusal = new RuleViolation(ErrorCode.VERSION_MISMATCH, "Partnership 'p' is at version 3, not 2.");
        Throwable arrived = throughAxonServer(SimpleCommandBus.builder().build(), command -> {
            throw refusal;
        });

        assertThat(arrived).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) arrived).getDetails()).isEmpty();
    }

    private static Throwable throughAxonServer(SimpleCommandBus handlingProcess,
                                               MessageHandler<? super CommandMessage<?>> handler) {
        handlingProcess.subscribe(COMMAND, handler);
        AtomicReference<CommandResultMessage<?>> result = new AtomicReference<>();
        handlingProcess.dispatch(new GenericCommandMessage<>(new GenericMessage<>("payload"), COMMAND),
                (command, commandResult) -> result.set(commandResult));
        byte[] wire = AXON_SERVER.serialize(result.get(), "request-1").toByteArray();
        try {
            return AXON_SERVER.deserialize(CommandResponse.parseFrom(wire)).exceptionResult();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse answer(Throwable failure) throws Exception {
        controller.failure = (RuntimeException) failure;
        return mvc.perform(post("/commands")).andReturn().getResponse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder().build().readValue(response.getContentAsString(), Map.class);
    }

    @RestController
    static class Throwing {

        private RuntimeException failure;

        @PostMapping("/commands")
        void send() {
            throw failure;
        }
    }
}
