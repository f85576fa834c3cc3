package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ClientConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.config.Scope;
import io.ringfence.engine.FixedAscii;
import org.agrona.DirectBuffer;

import java.util.List;

/**
 * The gate rules, in order, first failure wins: well-formed, mode enabled and matching the
 * account, account allowed for the client, client scope. A pure function of its configuration
 * and the intent; no clock, no allocation. Returns null when every gate passes.
 */
public final class Gates
{
    private static final EnumCodes MODES = new EnumCodes(TradingMode.values(), TradingMode::value, TradingMode.NULL_VAL);
    private static final EnumCodes SIDES = new EnumCodes(Side.values(), Side::value, Side.NULL_VAL);
    private static final EnumCodes TYPES = new EnumCodes(OrderType.values(), OrderType::value, OrderType.NULL_VAL);
    private static final EnumCodes TIFS = new EnumCodes(TimeInForce.values(), TimeInForce::value, TimeInForce.NULL_VAL);
    private static final EnumCodes BOOLEANS = new EnumCodes(BooleanType.values(), BooleanType::value, BooleanType.NULL_VAL);

    private final boolean paperEnabled;
    private final boolean liveEnabled;
    private final AccountTable accounts;
    private final boolean[][] scopesByClient;

    public Gates(final RingfenceConfig config)
    {
        this.paperEnabled = config.paperEnabled();
        this.liveEnabled = config.liveEnabled();
        this.accounts = new AccountTable(config);
        final List<ClientConfig> clients = config.clients();
        scopesByClient = new boolean[clients.size()][Scope.values().length];
        for (int c = 0; c < clients.size(); c++)
        {
            for (final Scope scope : clients.get(c).scopes())
            {
                scopesByClient[c][scope.ordinal()] = true;
            }
        }
    }

    /**
     * Gates 1 to 4 for a new order. Safe on any bytes: enum fields are checked raw first.
     */
    public RefusalReason checkNewOrder(final int clientIndex, final NewOrderDecoder order)
    {
        if (!isWellFormed(order))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final int account = accounts.indexOf(order.buffer(), order.offset() + NewOrderDecoder.accountEncodingOffset());
        final RefusalReason modeRefusal = checkMode(order.mode(), account);
        if (modeRefusal != null)
        {
            return modeRefusal;
        }
        if (account == AccountTable.NOT_FOUND || !accounts.isAllowed(clientIndex, account))
        {
            return RefusalReason.ACCOUNT_NOT_ALLOWED;
        }
        final Scope scope = order.mode() == TradingMode.LIVE ? Scope.ORDERS_LIVE_SUBMIT : Scope.ORDERS_PAPER_SUBMIT;
        return scopesByClient[clientIndex][scope.ordinal()] ? null : RefusalReason.SCOPE_MISSING;
    }

    public RefusalReason checkCancel(final int clientIndex, final CancelOrderDecoder cancel)
    {
        final DirectBuffer buffer = cancel.buffer();
        final int base = cancel.offset();
        if (!MODES.isValid(cancel.modeRaw()) ||
            !isText(buffer, base + CancelOrderDecoder.accountEncodingOffset(), CancelOrderDecoder.accountLength()) ||
            !isText(buffer, base + CancelOrderDecoder.idempotencyKeyEncodingOffset(), CancelOrderDecoder.idempotencyKeyLength()) ||
            !isText(buffer, base + CancelOrderDecoder.targetIdempotencyKeyEncodingOffset(),
                CancelOrderDecoder.targetIdempotencyKeyLength()))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final int account = accounts.indexOf(cancel.buffer(), cancel.offset() + CancelOrderDecoder.accountEncodingOffset());
        final RefusalReason modeRefusal = checkMode(cancel.mode(), account);
        if (modeRefusal != null)
        {
            return modeRefusal;
        }
        if (account == AccountTable.NOT_FOUND || !accounts.isAllowed(clientIndex, account))
        {
            return RefusalReason.ACCOUNT_NOT_ALLOWED;
        }
        final Scope scope = cancel.mode() == TradingMode.LIVE ? Scope.ORDERS_LIVE_CANCEL : Scope.ORDERS_PAPER_CANCEL;
        return scopesByClient[clientIndex][scope.ordinal()] ? null : RefusalReason.SCOPE_MISSING;
    }

    private RefusalReason checkMode(final TradingMode mode, final int account)
    {
        if (mode == TradingMode.LIVE)
        {
            if (!liveEnabled)
            {
                return RefusalReason.LIVE_TRADING_DISABLED;
            }
        }
        else if (mode != TradingMode.PAPER || !paperEnabled)
        {
            return RefusalReason.PAPER_TRADING_DISABLED;
        }
        if (account != AccountTable.NOT_FOUND && accounts.mode(account) != mode)
        {
            return RefusalReason.MODE_MISMATCH;
        }
        return null;
    }

    private static boolean isWellFormed(final NewOrderDecoder order)
    {
        if (!MODES.isValid(order.modeRaw()) || !SIDES.isValid(order.sideRaw()) || !TYPES.isValid(order.orderTypeRaw()) ||
            !TIFS.isValid(order.timeInForceRaw()) || !BOOLEANS.isValid(order.outsideRthRaw()) || order.quantity() <= 0 ||
            !isText(order.buffer(), order.offset() + NewOrderDecoder.accountEncodingOffset(), NewOrderDecoder.accountLength()) ||
            !isText(order.buffer(), order.offset() + NewOrderDecoder.symbolEncodingOffset(), NewOrderDecoder.symbolLength()) ||
            !isText(order.buffer(), order.offset() + NewOrderDecoder.idempotencyKeyEncodingOffset(),
                NewOrderDecoder.idempotencyKeyLength()))
        {
            return false;
        }
        final OrderType type = order.orderType();
        final boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT ||
            type == OrderType.TRAILING_STOP_LIMIT;
        final boolean needsStop = type != OrderType.MARKET && type != OrderType.LIMIT;
        return isPriceAsRequired(order.limitPrice(), needsLimit) && isPriceAsRequired(order.stopPrice(), needsStop);
    }

    private static boolean isText(final DirectBuffer buffer, final int offset, final int length)
    {
        return FixedAscii.length(buffer, offset, length) != FixedAscii.INVALID;
    }

    private static boolean isPriceAsRequired(final long price, final boolean required)
    {
        return required ? Price.isSet(price) && price > 0 : !Price.isSet(price);
    }
}
