package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.config.RiskLimits;
import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

/**
 * The risk limits that need the order book ({@code RISK_MAX_POSITION}, {@code RISK_MAX_OPEN_ORDERS},
 * and quantity and notional for a modification's new values): they cannot run in the gate stage
 * (the order book lives in the order stage), so the order stage calls this, with the same per
 * account / client / symbol limits the gates use. Pure: no state beyond the config, no allocation.
 * <pre>
 *   RefusalReason refusal = positionLimits.check(client, order.buffer(), accountOffset, symbolOffset,
 *       side, quantity, position, workingSameSide, openOrders);
 * </pre>
 */
public final class PositionLimits
{
    private static final int NO_SET = -1;

    private final AccountTable accounts;
    private final SymbolTable symbols;
    private final RiskLimitTable limits;

    public PositionLimits(final RingfenceConfig config)
    {
        accounts = new AccountTable(config);
        symbols = new SymbolTable(Math.max(1, config.gates().risk().overrides().size()));
        limits = new RiskLimitTable(config, symbols);
    }

    /**
     * @param client          the sending client's index.
     * @param buffer          holds the order's 16-byte SBE account and symbol fields.
     * @param quantity        the new order's quantity (positive).
     * @param position        the account's current position in the symbol (signed: short is negative).
     * @param workingSameSide the quantity still working in the symbol on the order's side (not negative).
     * @param openOrders      the account's working orders now, before this one.
     * @return null when within the limits; else the refusal. An unknown account is
     * {@code ACCOUNT_NOT_ALLOWED} (the gates refuse it first).
     */
    public RefusalReason check(
        final int client, final DirectBuffer buffer, final int accountOffset, final int symbolOffset,
        final Side side, final long quantity, final long position, final long workingSameSide, final long openOrders)
    {
        final int set = limitSet(client, buffer, accountOffset, symbolOffset);
        if (set == NO_SET)
        {
            return RefusalReason.ACCOUNT_NOT_ALLOWED;
        }
        return check(limits.maxPosition(set), limits.maxOpenOrders(set), side, quantity, position, workingSameSide, openOrders);
    }

    /**
     * Order size limits for a modification's new values (the gates check them for new orders):
     * {@code RISK_MAX_QTY} past the maximum quantity, {@code RISK_MAX_NOTIONAL} when quantity × price
     * passes the maximum notional (no price, e.g. a market order: not checked here).
     *
     * @param price the order's limit price, else its stop price, at 10^-8; {@code Price.NULL} for none.
     */
    public RefusalReason checkOrderSize(
        final int client, final DirectBuffer buffer, final int accountOffset, final int symbolOffset,
        final long quantity, final long price)
    {
        final int set = limitSet(client, buffer, accountOffset, symbolOffset);
        if (set == NO_SET)
        {
            return RefusalReason.ACCOUNT_NOT_ALLOWED;
        }
        if (quantity > limits.maxOrderQty(set))
        {
            return RefusalReason.RISK_MAX_QTY;
        }
        if (price != Price.NULL && limits.maxOrderNotional(set) != RiskLimits.UNLIMITED)
        {
            final long high = Math.multiplyHigh(quantity, price);
            final long notional = quantity * price;
            if (high != 0 || notional < 0 || notional > limits.maxOrderNotional(set))
            {
                return RefusalReason.RISK_MAX_NOTIONAL;
            }
        }
        return null;
    }

    /**
     * @return the limit set of this account, client and symbol, or {@link #NO_SET} for an unknown account.
     */
    private int limitSet(final int client, final DirectBuffer buffer, final int accountOffset, final int symbolOffset)
    {
        final int account = accounts.indexOf(buffer, accountOffset);
        if (account == AccountTable.NOT_FOUND)
        {
            return NO_SET;
        }
        final int symbol = symbols.indexOf(
            buffer.getLong(symbolOffset, ByteOrder.LITTLE_ENDIAN), buffer.getLong(symbolOffset + 8, ByteOrder.LITTLE_ENDIAN));
        return limits.set(account, client, symbol);
    }

    /**
     * The rule itself: the position if every working order on this side and this one filled must
     * stay within ±maxPosition, and one more order must not pass maxOpenOrders.
     */
    public static RefusalReason check(
        final long maxPosition, final long maxOpenOrders, final Side side, final long quantity, final long position,
        final long workingSameSide, final long openOrders)
    {
        if (maxPosition != RiskLimits.UNLIMITED)
        {
            final long exposure = saturatedAdd(workingSameSide, quantity);
            final long room = side == Side.BUY ? maxPosition - position : maxPosition + position;
            if (exposure > room)
            {
                return RefusalReason.RISK_MAX_POSITION;
            }
        }
        return openOrders >= maxOpenOrders ? RefusalReason.RISK_MAX_OPEN_ORDERS : null;
    }

    private static long saturatedAdd(final long a, final long b)
    {
        final long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
