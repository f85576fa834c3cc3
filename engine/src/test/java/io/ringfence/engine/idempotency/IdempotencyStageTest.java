package io.ringfence.engine.idempotency;

import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.engine.InboundEvent;
import io.ringfence.codecs.sbe.CancelOrderEncoder;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.Intents;
import io.ringfence.journal.idempotency.KeyState;
import io.ringfence.journal.idempotency.IdempotencyTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyStageTest
{
    private static final int CAPACITY = 6;
    private static final int MAX_ORDERS = 100;

    @TempDir
    Path dir;
    private IdempotencyTable table;
    private IdempotencyStage stage;
    private long journalIndex;

    @BeforeEach
    void open()
    {
        table = IdempotencyTable.open(dir.resolve("idempotency.table"), CAPACITY);
        stage = new IdempotencyStage(table, MAX_ORDERS);
    }

    @AfterEach
    void close()
    {
        table.close();
    }

    @Test
    void shouldRecordANewKeyAndReplayTheSameRequest()
    {
        final InboundEvent first = handle(Intents.newOrder(0, 1, o -> o.correlationId(1)));
        final InboundEvent retry = handle(Intents.newOrder(0, 2, o -> o.correlationId(2)));

        assertThat(first.idempotency).isEqualTo(IdempotencyOutcome.NEW);
        assertThat(retry.idempotency).isEqualTo(IdempotencyOutcome.REPLAY);
        assertThat(retry.orderId).isEqualTo(first.orderId);
        assertThat(retry.refusal).isNull();
    }

    @Test
    void shouldRefuseTheSameKeyForADifferentRequest()
    {
        handle(Intents.newOrder(0, 1, o -> o.quantity(10)));
        final InboundEvent different = handle(Intents.newOrder(0, 2, o -> o.quantity(11)));

        assertThat(different.refusal).isEqualTo(RefusalReason.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void shouldScopeKeysByAccount()
    {
        final InboundEvent first = handle(Intents.newOrder(0, 1, o -> { }));
        final InboundEvent otherAccount = handle(Intents.newOrder(0, 2, o -> o.account("DUP203550")));

        assertThat(otherAccount.idempotency).isEqualTo(IdempotencyOutcome.NEW);
        assertThat(otherAccount.orderId).isNotEqualTo(first.orderId);
    }

    @Test
    void shouldRefuseWhenFullAndNeverEvict()
    {
        for (int i = 0; i < table.maxEntries(); i++)
        {
            final String key = "k" + i;
            assertThat(handle(Intents.newOrder(0, i, o -> o.idempotencyKey(key))).idempotency)
                .isEqualTo(IdempotencyOutcome.NEW);
        }

        assertThat(handle(Intents.newOrder(0, 9, o -> o.idempotencyKey("k9"))).refusal)
            .isEqualTo(RefusalReason.IDEMPOTENCY_TABLE_FULL);
        assertThat(handle(Intents.newOrder(0, 10, o -> o.idempotencyKey("k0"))).idempotency)
            .isEqualTo(IdempotencyOutcome.REPLAY);
    }

    @Test
    void shouldRefuseANewKeyOnceTheBookHasMaxOrdersButStillReplayTheOldOnes()
    {
        stage = new IdempotencyStage(table, 2);
        handle(Intents.newOrder(0, 1, o -> o.idempotencyKey("a")));
        handle(Intents.newOrder(0, 2, o -> o.idempotencyKey("b")));

        assertThat(handle(Intents.newOrder(0, 3, o -> o.idempotencyKey("c"))).refusal)
            .isEqualTo(RefusalReason.ORDER_BOOK_FULL);
        assertThat(handle(Intents.newOrder(0, 4, o -> o.idempotencyKey("a"))).idempotency)
            .isEqualTo(IdempotencyOutcome.REPLAY);
        assertThat(table.entryCount()).isEqualTo(2);
    }

    @Test
    void shouldResolveACancelToItsTargetAndReplayIt()
    {
        final InboundEvent order = handle(Intents.newOrder(0, 1, o -> { }));
        final InboundEvent cancel = handle(Intents.cancel(0, 2, c -> c.correlationId(5)));
        final InboundEvent cancelRetry = handle(Intents.cancel(0, 3, c -> c.correlationId(6)));

        assertThat(cancel.idempotency).isEqualTo(IdempotencyOutcome.NEW);
        assertThat(cancel.targetOrderId).isEqualTo(order.orderId);
        assertThat(cancelRetry.idempotency).isEqualTo(IdempotencyOutcome.REPLAY);
        assertThat(cancelRetry.targetOrderId).isEqualTo(order.orderId);
    }

    @Test
    void shouldRefuseACancelOfAnUnknownKey()
    {
        final InboundEvent cancel = handle(Intents.cancel(0, 1, c -> c.targetIdempotencyKey("nope")));

        assertThat(cancel.refusal).isEqualTo(RefusalReason.UNKNOWN_ORDER);
    }

    @Test
    void shouldRefuseACancelKeyReusedForAnotherOrder()
    {
        handle(Intents.newOrder(0, 1, o -> { }));
        handle(Intents.newOrder(0, 2, o -> o.idempotencyKey("k2")));
        handle(Intents.cancel(0, 3, c -> { }));

        assertThat(handle(Intents.cancel(0, 4, c -> c.targetIdempotencyKey("k2"))).refusal)
            .isEqualTo(RefusalReason.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void shouldLeaveRefusedIntentsAndBrokerFramesAlone()
    {
        final InboundEvent refused = Intents.newOrder(0, 1, o -> { });
        refused.refusal = RefusalReason.SCOPE_MISSING;

        stage.onEvent(refused, 0, true);

        assertThat(refused.idempotency).isEqualTo(IdempotencyOutcome.NOT_APPLICABLE);
        assertThat(handle(Intents.newOrder(0, 2, o -> { })).idempotency).isEqualTo(IdempotencyOutcome.NEW);
    }

    @Test
    void shouldRefuseASubmitUnderACancelsKey()
    {
        handle(Intents.newOrder(0, 1, o -> { }));
        handle(Intents.cancel(0, 2, c -> c.idempotencyKey("c1")));

        assertThat(handle(Intents.newOrder(0, 3, o -> o.idempotencyKey("c1"))).refusal)
            .isEqualTo(RefusalReason.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void shouldRecordTheJournalIndexOfTheClaimAndMoveTheWatermarkAtEndOfBatch()
    {
        journalIndex = 41;
        final InboundEvent order = Intents.newOrder(0, 1, o -> { });
        order.journalIndex = journalIndex;
        stage.onEvent(order, 0, false);

        assertThat(table.watermark()).isNotEqualTo(41);
        assertThat(table.record(table.lastEntry()).journalIndex()).isEqualTo(41);

        final InboundEvent frame = BrokerFrames.connected(2);
        frame.journalIndex = 42;
        stage.onEvent(frame, 1, true);

        assertThat(table.watermark()).isEqualTo(42);
    }

    @Test
    void shouldMarkAKeyFinalWhenTheBrokerReportsItsOrderFilledOrCompleted()
    {
        handle(BrokerFrames.connected(1));
        handle(Intents.newOrder(0, 2, o -> o.idempotencyKey("filled")));
        handle(Intents.newOrder(0, 3, o -> o.idempotencyKey("working")));
        handle(Intents.newOrder(0, 4, o -> o.idempotencyKey("cancelled")));

        handle(BrokerFrames.openOrder(5, 100, Intents.ACCOUNT, "filled", TwsOrderStatus.FILLED));
        handle(BrokerFrames.openOrder(6, 101, Intents.ACCOUNT, "working", TwsOrderStatus.SUBMITTED));
        handle(BrokerFrames.completedOrder(7, Intents.ACCOUNT, "cancelled", 9, TwsOrderStatus.CANCELLED, 0));

        assertThat(stateOf("filled")).isEqualTo(KeyState.FINAL);
        assertThat(stateOf("working")).isEqualTo(KeyState.PENDING);
        assertThat(stateOf("cancelled")).isEqualTo(KeyState.FINAL);
    }

    @Test
    void shouldReuseTheSlotOfAFinishedKeyPastTheRetentionButNeverOfAWorkingOne()
    {
        table.close();
        table = IdempotencyTable.open(dir.resolve("retained.table"), CAPACITY, 1_000);
        stage = new IdempotencyStage(table, MAX_ORDERS);
        handle(BrokerFrames.connected(1));
        for (int i = 0; i < table.maxEntries(); i++)
        {
            final String key = "k" + i;
            handle(Intents.newOrder(0, 10, o -> o.idempotencyKey(key)));
        }
        assertThat(handle(Intents.newOrder(0, 100_000, o -> o.idempotencyKey("late"))).refusal)
            .as("working keys are never reclaimed, however old").isEqualTo(RefusalReason.IDEMPOTENCY_TABLE_FULL);

        for (int i = 0; i < table.maxEntries(); i++)
        {
            handle(BrokerFrames.completedOrder(200_000, Intents.ACCOUNT, "k" + i, 9, TwsOrderStatus.FILLED, 10));
        }

        assertThat(handle(Intents.newOrder(0, 200_500, o -> o.idempotencyKey("late"))).refusal)
            .as("finished, but younger than the retention").isEqualTo(RefusalReason.IDEMPOTENCY_TABLE_FULL);
        assertThat(handle(Intents.newOrder(0, 201_000, o -> o.idempotencyKey("late"))).idempotency)
            .isEqualTo(IdempotencyOutcome.NEW);
        assertThat(handle(Intents.newOrder(0, 201_001, o -> o.idempotencyKey("late"))).idempotency)
            .isEqualTo(IdempotencyOutcome.REPLAY);
    }

    private KeyState stateOf(final String key)
    {
        final InboundEvent probe = Intents.cancel(0, 0, c -> c.targetIdempotencyKey(key));
        final int base = MessageHeaderEncoder.ENCODED_LENGTH;
        final int entry = table.find(probe.body, base + CancelOrderEncoder.accountEncodingOffset(),
            base + CancelOrderEncoder.targetIdempotencyKeyEncodingOffset());
        return entry < 0 ? null : table.record(entry).state();
    }

    private InboundEvent handle(final InboundEvent event)
    {
        event.journalIndex = journalIndex++;
        stage.onEvent(event, 0, true);
        return event;
    }
}
