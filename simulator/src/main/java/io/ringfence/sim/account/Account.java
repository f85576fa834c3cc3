package io.ringfence.sim.account;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import org.agrona.collections.Object2ObjectHashMap;

import java.util.function.Consumer;

/**
 * One paper account: cash and positions. Fills change it; {@link #reset(long)} starts a new generation
 * (positions cleared, cash restored; the gateway keeps the order and execution history).
 * <p>
 * Commissions are paid from cash. An opening fill adds its commission to the cost basis (IB's average
 * cost includes it); a closing fill takes it off the realised P&amp;L. So
 * {@code cash + Σ costBasis − realisedPnl} always equals the cash the generation started with.
 */
public final class Account
{
    private final String id;
    private long initialCash;
    private final Object2ObjectHashMap<String, Position> positionBySymbol = new Object2ObjectHashMap<>();
    private long cash;
    private long realizedPnl;
    private long commissions;
    private int generation = 1;

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
     * @return commissions paid in this generation at scale 10<sup>-8</sup>.
     */
    public long commissions()
    {
        return commissions;
    }

    /**
     * @return 1 for the first generation, incremented by every {@link #reset(long)}.
     */
    public int generation()
    {
        return generation;
    }

    /**
     * Start a new generation: positions gone, cash set, realised P&amp;L and commissions back to 0.
     *
     * @param newCash the new generation's starting cash at scale 10<sup>-8</sup>.
     */
    public void reset(final long newCash)
    {
        positionBySymbol.clear();
        initialCash = newCash;
        cash = newCash;
        realizedPnl = 0;
        commissions = 0;
        generation++;
    }

    /**
     * @param symbol ticker.
     * @return signed shares held, 0 when none.
     */
    public long quantity(final CharSequence symbol)
    {
        final Position position = positionBySymbol.get(symbol.toString());
        return null == position ? 0 : position.quantity();
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
     * Apply a fill: cash moves by the notional and the commission, the position by the quantity.
     *
     * @param symbol     ticker.
     * @param side       buy or sell.
     * @param quantity   shares, > 0.
     * @param price      fill price at scale 10<sup>-8</sup>.
     * @param commission charged for this fill at scale 10<sup>-8</sup>, >= 0.
     * @return the P&amp;L the fill realised net of its commission, or {@link Price#NULL} when it only
     * opened or added to a position.
     */
    public long onFill(
        final String symbol, final Side side, final long quantity, final long price, final long commission)
    {
        final long signedQuantity = side == Side.BUY ? quantity : -quantity;
        Position position = positionBySymbol.get(symbol);
        if (null == position)
        {
            position = new Position(symbol);
            positionBySymbol.put(symbol, position);
        }

        cash -= Math.multiplyExact(signedQuantity, price) + commission;
        commissions += commission;
        final long realized = position.onFill(signedQuantity, price, commission);
        if (Price.isSet(realized))
        {
            realizedPnl += realized;
        }
        return realized;
    }

    @Override
    public String toString()
    {
        return id + " gen=" + generation + " cash=" + cash + " realized=" + realizedPnl + " commissions=" +
            commissions + " positions=" + positionBySymbol.values();
    }
}
