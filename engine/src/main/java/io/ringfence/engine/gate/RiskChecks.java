package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.config.RiskConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.InboundEvent;

/**
 * Gate 7, the pre-trade risk checks the gate stage can decide alone, in order: max order
 * quantity, max notional, price collar (and no fresh reference for a market order), order rate
 * per client, restricted symbols, duplicate-order window. Position and open-order limits need the
 * order book: {@link PositionLimits}. After a check, {@link #referencePrice()} and
 * {@link #notional()} hold what it computed (for a preview's reply).
 */
final class RiskChecks
{
    private static final long PPM = 1_000_000L;

    private final SymbolTable symbols;
    private final RiskLimitTable limits;
    private final ReferencePrices prices;
    private final BrokerPrices brokerPrices;
    private final RateLimiter rate;
    private final DuplicateWindow duplicates;
    private final boolean[] restricted;
    private final long collarPpm;
    private final long referenceMaxAgeNs;
    private long referencePrice;
    private long notional;

    RiskChecks(final RingfenceConfig config)
    {
        final RiskConfig risk = config.gates().risk();
        final int clients = config.clients().size();
        symbols = new SymbolTable(risk.maxSymbols() + risk.overrides().size() + risk.restrictedSymbols().size());
        limits = new RiskLimitTable(config, symbols);
        restricted = new boolean[symbols.capacity()];
        for (final String symbol : risk.restrictedSymbols())
        {
            restricted[symbols.add(symbol)] = true;
        }
        prices = new ReferencePrices(symbols);
        brokerPrices = new BrokerPrices(prices);
        rate = new RateLimiter(clients, risk.maxOrdersPerSecond());
        duplicates = new DuplicateWindow(clients, risk.duplicateWindowMs(), risk.duplicateAllowDistinctKeys());
        collarPpm = risk.priceCollarPpm();
        referenceMaxAgeNs = risk.referenceMaxAgeMs() * 1_000_000L;
    }

    BrokerPrices brokerPrices()
    {
        return brokerPrices;
    }

    /**
     * @param keyHash the submit's account-scoped idempotency key hash; 0 for a preview, which
     *                skips the rate and duplicate checks (it sends nothing).
     */
    RefusalReason check(
        final OrderTerms terms, final int account, final int client, final long orderHash, final long keyHash,
        final long nowNs)
    {
        final int symbol = symbols.indexOf(terms.symbolHigh, terms.symbolLow);
        final int set = limits.set(account, client, symbol);
        referencePrice = prices.freshPrice(symbol, nowNs, referenceMaxAgeNs);
        final long orderPrice = terms.orderPrice();
        final long price = Price.isSet(orderPrice) ? orderPrice : referencePrice;
        notional = Price.isSet(price) && terms.quantity <= Long.MAX_VALUE / price ? terms.quantity * price : Price.NULL;
        if (terms.quantity > limits.maxOrderQty(set))
        {
            return RefusalReason.RISK_MAX_QTY;
        }
        if (Price.isSet(price) && terms.quantity > limits.maxOrderNotional(set) / price)
        {
            return RefusalReason.RISK_MAX_NOTIONAL;
        }
        if (collarPpm > 0)
        {
            if (terms.type == OrderType.MARKET && !Price.isSet(referencePrice))
            {
                return RefusalReason.RISK_NO_REFERENCE_PRICE;
            }
            if (Price.isSet(orderPrice) && Price.isSet(referencePrice) &&
                Math.abs(orderPrice - referencePrice) > fraction(referencePrice, collarPpm))
            {
                return RefusalReason.RISK_PRICE_COLLAR;
            }
        }
        if (keyHash != 0 && rate.isOverLimit(client, nowNs))
        {
            return RefusalReason.RISK_RATE_LIMIT;
        }
        if (symbol != SymbolTable.NOT_FOUND && restricted[symbol])
        {
            return RefusalReason.RISK_RESTRICTED_SYMBOL;
        }
        if (keyHash != 0 && duplicates.isSuspected(client, orderHash, keyHash, nowNs))
        {
            return RefusalReason.DUPLICATE_ORDER_SUSPECTED;
        }
        return null;
    }

    /**
     * Record an order every gate accepted (rate and duplicate window).
     */
    void onAccepted(final int client, final long orderHash, final long keyHash, final long nowNs)
    {
        rate.onAccepted(client, nowNs);
        duplicates.onAccepted(client, orderHash, keyHash, nowNs);
    }

    void onBrokerFrame(final InboundEvent event)
    {
        brokerPrices.onFrame(event);
    }

    long referencePrice()
    {
        return referencePrice;
    }

    long notional()
    {
        return notional;
    }

    /**
     * {@code value * ppm / 1e6} without overflow for any positive value and ppm up to 1e6.
     */
    static long fraction(final long value, final long ppm)
    {
        return (value / PPM) * ppm + (value % PPM) * ppm / PPM;
    }
}
