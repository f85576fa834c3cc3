package io.ringfence.sim.account;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import org.agrona.collections.Object2ObjectHashMap;

import java.util.function.Consumer;

/**
 * One paper account: cash and positions. Fills are the only thing that change it.
 */
public final class Account
{
    private final String id;
    private final long initialCash;
    private final Object2ObjectHashMap<String, Position> positionBySymbol = new Object2ObjectHashMap<>();
    private long cash;
    private long realizedPnl;

    Account(final String id, final long initialCash)
    {
        this.id = id;
        this.initialCash = initialCash;
        this.cash = initialCash;
    }

    public String id()
    {
        return id;
    }

    public long initialCash()
    {
        return initialCash;
    }

    /**
     * @return cash at scale 10<sup>-8</sup>; may go negative (no buying-power check yet).
     */
    public long cash()
    {
        return cash;
    }

    public long realizedPnl()
    {
        return realizedPnl;
    }

    /**
     * @param symbol ticker.
     * @return the position, or null if this account never traded the symbol.
     */
    public Position position(final String symbol)
    {
        return positionBySymbol.get(symbol);
    }

    public void forEachPosition(final Consumer<Position> consumer)
    {
        positionBySymbol.values().forEach(consumer);
    }

    /**
     * Apply a fill: cash moves by the notional, the position by the quantity.
     *
     * @param symbol   ticker.
     * @param side     buy or sell.
     * @param quantity shares, > 0.
     * @param price    fill price at scale 10<sup>-8</sup>.
     * @return the P&amp;L the fill realised, or {@link Price#NULL} when it only opened or added to a position.
     */
    public long onFill(final String symbol, final Side side, final long quantity, final long price)
    {
        final long signedQuantity = side == Side.BUY ? quantity : -quantity;
        Position position = positionBySymbol.get(symbol);
        if (null == position)
        {
            position = new Position(symbol);
            positionBySymbol.put(symbol, position);
        }

        cash -= Math.multiplyExact(signedQuantity, price);
        final long realized = position.onFill(signedQuantity, price);
        if (Price.isSet(realized))
        {
            realizedPnl += realized;
        }
        return realized;
    }

    @Override
    public String toString()
    {
        return id + " cash=" + cash + " realized=" + realizedPnl + " positions=" + positionBySymbol.values();
    }
}
