package io.ringfence.engine.status;

/**
 * The engine's counters, with stable type ids (scripts and dashboards key on them). Refusals get
 * one counter per refusal code in addition, with type id {@link #REFUSALS_TYPE_ID}.
 */
public enum EngineCounter
{
    CLIENT_INTENTS(1, "inputs: client intents"),
    BROKER_FRAMES(2, "inputs: broker frames"),
    BROKER_SESSION_EVENTS(3, "inputs: broker session changes"),
    OVERSIZED_INPUTS(4, "inputs: too long to carry (dropped)"),
    JOURNAL_RECORDS(5, "journal: input records appended"),
    DECISIONS(6, "journal: decisions appended"),
    INTENTS_ACCEPTED(7, "intents: accepted"),
    INTENTS_REFUSED(8, "intents: refused (all codes)"),
    INTENTS_REPLAYED(9, "intents: idempotent replays"),
    ORDERS_SENT(10, "broker: PLACE_ORDER sent"),
    CANCELS_SENT(11, "broker: CANCEL_ORDER sent"),
    SEND_FAILURES(12, "broker: writes the session refused"),
    FILLS(13, "broker: executions applied"),
    DUPLICATE_EXECUTIONS(14, "broker: duplicate executions ignored"),
    UNKNOWN_ORDER_MESSAGES(15, "broker: messages for unknown orders"),
    PROTOCOL_ERRORS(16, "broker: malformed frames"),
    SESSION_CONNECTS(17, "broker: session connects"),
    SESSION_DISCONNECTS(18, "broker: session disconnects"),
    CLIENT_EVENTS_PUBLISHED(19, "clients: events published"),
    CLIENT_EVENTS_DROPPED(20, "clients: events that did not fit"),
    PIPELINE_ERRORS(21, "errors: pipeline exceptions (see ringfence errors)"),
    ORDERS_UNRESOLVED(22, "reconciliation: orders sent but listed by neither open nor completed orders"),
    RING_BACK_PRESSURE(23, "clients: writes refused because an ingress ring was full (since the ring files were created)"),
    JOURNAL_BYTES(24, "journal: input bytes appended"),
    JOURNAL_COMMITS(25, "journal: end-of-batch commits (a force each in sync mode)"),
    JOURNAL_LAG(26, "journal: inputs waiting for the journal stage at its last batch start"),
    PACING_DELAY_US(27, "broker: total time messages waited for the pacing budget (us)"),
    ORDERS_RELEASED(28, "reconciliation: orders a previous run sent that no answer listed after release_after_ms"),
    ORDERS_PENDING_RECOVERY(29, "reconciliation: orders a previous run sent, neither found nor released yet"),
    POSITION_DIFFERENCES(30, "reconciliation: broker positions that differ from this engine's executions"),
    EXTERNAL_ORDERS(31, "reconciliation: open orders at the broker this engine did not place, adopted as external");

    public static final int REFUSALS_TYPE_ID = 100;

    private final int typeId;
    private final String label;

    EngineCounter(final int typeId, final String label)
    {
        this.typeId = typeId;
        this.label = label;
    }

    public int typeId()
    {
        return typeId;
    }

    public String label()
    {
        return label;
    }
}
