package io.ringfence.cli;

import io.ringfence.codecs.sbe.RefusalReason;

/**
 * One sentence per refusal code, as documented in the README.
 */
final class RefusalText
{
    private RefusalText()
    {
    }

    static String describe(final RefusalReason reason)
    {
        return switch (reason)
        {
            case MALFORMED_INTENT -> "the intent is malformed (missing or invalid field)";
            case UNSUPPORTED_SCHEMA_VERSION -> "the intent's schema version is newer than the engine's";
            case PAPER_TRADING_DISABLED -> "paper trading is not enabled (config trading.paper_enabled, or the intent did not name PAPER mode)";
            case LIVE_TRADING_DISABLED -> "live trading is not enabled";
            case MODE_MISMATCH -> "the account belongs to the other trading mode";
            case ACCOUNT_NOT_ALLOWED -> "the account is not configured or not allowed for this client";
            case SCOPE_MISSING -> "the client lacks the scope for this action";
            case KILL_SWITCH_ACTIVE -> "a kill switch is active";
            case PAPER_APPROVAL_REQUIRED -> "an approval is required";
            case APPROVAL_NOT_FOUND -> "the approval does not exist";
            case APPROVAL_EXPIRED -> "the approval expired";
            case APPROVAL_MISMATCH -> "the order does not match the approved preview";
            case APPROVAL_CONSUMED -> "the approval was already used";
            case RISK_MAX_QTY -> "over the maximum order quantity";
            case RISK_MAX_NOTIONAL -> "over the maximum order notional";
            case RISK_PRICE_COLLAR -> "the price is outside the collar around the reference price";
            case RISK_NO_REFERENCE_PRICE -> "no fresh reference price for a market order";
            case RISK_MAX_POSITION -> "the resulting position would exceed the limit";
            case RISK_MAX_OPEN_ORDERS -> "too many open orders";
            case RISK_RATE_LIMIT -> "too many orders per second from this client";
            case RISK_RESTRICTED_SYMBOL -> "the symbol is restricted";
            case DUPLICATE_ORDER_SUSPECTED -> "an identical order was sent moments ago";
            case PROMOTION_REQUIRED -> "the client has no paper-to-live promotion";
            case IDEMPOTENCY_CONFLICT -> "the idempotency key was used for a different request";
            case IDEMPOTENCY_PENDING_RECOVERY -> "the key's earlier request is being reconciled with the broker";
            case IDEMPOTENCY_TABLE_FULL -> "the idempotency table is full";
            case RECONCILING -> "the engine is reconciling with the broker";
            case GATEWAY_RESTART_WINDOW -> "the gateway is in its daily restart window";
            case BROKER_REJECTED -> "the broker rejected the order";
            case BROKER_RESPONSE_INVALID -> "the broker did not accept the request";
            case GATEWAY_UNAVAILABLE -> "the gateway session is not connected";
            case UNKNOWN_ORDER -> "no order with that idempotency key on that account";
            case ORDER_NOT_CANCELLABLE -> "the order is already final";
            case ORDER_NOT_MODIFIABLE -> "the order is final, being cancelled or modified, or the change does not fit it";
            case ORDER_BOOK_FULL -> "this journal has created engine.max_orders orders; start a new journal or raise the limit";
            case NULL_VAL -> "unknown refusal";
        };
    }
}
