package io.ringfence.codecs.tws;

import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.agrona.AsciiSequenceView;

/**
 * What OPEN_ORDER and COMPLETED_ORDER share: the contract, the order fields the engine needs and the
 * order state. Text fields are views into the frame; prices fixed point ({@link io.ringfence.codecs.Price#NULL}
 * when unset), quantities whole units. Everything else is skipped by sequence.
 */
abstract class OrderMessageDecoder
{
    final AsciiSequenceView symbol = new AsciiSequenceView();
    final AsciiSequenceView secType = new AsciiSequenceView();
    final AsciiSequenceView lastTradeDateOrContractMonth = new AsciiSequenceView();
    final AsciiSequenceView right = new AsciiSequenceView();
    final AsciiSequenceView multiplierText = new AsciiSequenceView();
    final AsciiSequenceView exchange = new AsciiSequenceView();
    final AsciiSequenceView currency = new AsciiSequenceView();
    final AsciiSequenceView localSymbol = new AsciiSequenceView();
    final AsciiSequenceView tradingClass = new AsciiSequenceView();
    final AsciiSequenceView actionText = new AsciiSequenceView();
    final AsciiSequenceView orderTypeText = new AsciiSequenceView();
    final AsciiSequenceView timeInForceText = new AsciiSequenceView();
    final AsciiSequenceView ocaGroup = new AsciiSequenceView();
    final AsciiSequenceView account = new AsciiSequenceView();
    final AsciiSequenceView orderRef = new AsciiSequenceView();
    final AsciiSequenceView statusText = new AsciiSequenceView();
    int conId;
    long strike;
    long totalQuantity;
    long limitPrice;
    long auxPrice;
    long permId;
    boolean outsideRth;
    int ocaType;
    long trailStopPrice;
    long trailingPercent;
    TwsOrderStatus status;

    void readContractAndOrderHead(final TwsFieldReader reader)
    {
        conId = reader.readInt();
        reader.readView(symbol);
        reader.readView(secType);
        reader.readView(lastTradeDateOrContractMonth);
        strike = reader.readPrice();
        reader.readView(right);
        reader.readView(multiplierText);
        reader.readView(exchange);
        reader.readView(currency);
        reader.readView(localSymbol);
        reader.readView(tradingClass);
        reader.readView(actionText);
        totalQuantity = reader.readQuantity();
        reader.readView(orderTypeText);
        limitPrice = reader.readPriceMax();
        auxPrice = reader.readPriceMax();
        reader.readView(timeInForceText);
        reader.readView(ocaGroup);
        reader.readView(account);
        reader.skip(2);                                     // openClose, origin
        reader.readView(orderRef);
    }

    void readStatus(final TwsFieldReader reader)
    {
        reader.readView(statusText);
        status = TwsOrderStatus.fromText(statusText.buffer(), statusText.offset(), statusText.length());
    }

    boolean isPegBench()
    {
        return ExecutionFilterDecoder.equalsIgnoreCase(orderTypeText, "PEG BENCH");
    }

    public int conId()
    {
        return conId;
    }

    public AsciiSequenceView symbol()
    {
        return symbol;
    }

    public AsciiSequenceView secType()
    {
        return secType;
    }

    public AsciiSequenceView lastTradeDateOrContractMonth()
    {
        return lastTradeDateOrContractMonth;
    }

    public long strike()
    {
        return strike;
    }

    public AsciiSequenceView right()
    {
        return right;
    }

    /**
     * The multiplier text as sent (often empty for stocks).
     */
    public AsciiSequenceView multiplierText()
    {
        return multiplierText;
    }

    /**
     * The multiplier as a number, inferred from the secType when not sent (OPT / FOP = 100).
     */
    public long multiplier()
    {
        return ContractMultiplier.of(secType.buffer(), secType.offset(), secType.length(),
            multiplierText.buffer(), multiplierText.offset(), multiplierText.length());
    }

    public AsciiSequenceView exchange()
    {
        return exchange;
    }

    public AsciiSequenceView currency()
    {
        return currency;
    }

    public AsciiSequenceView localSymbol()
    {
        return localSymbol;
    }

    public AsciiSequenceView tradingClass()
    {
        return tradingClass;
    }

    /**
     * {@code BUY} / {@code SELL} as {@link Side}; {@link Side#NULL_VAL} for others ({@code SSHORT}).
     */
    public Side side()
    {
        return TwsEnums.side(actionText.buffer(), actionText.offset(), actionText.length());
    }

    public AsciiSequenceView actionText()
    {
        return actionText;
    }

    public long totalQuantity()
    {
        return totalQuantity;
    }

    /**
     * {@link OrderType#NULL_VAL} for types outside the six the engine trades.
     */
    public OrderType orderType()
    {
        return TwsEnums.orderType(orderTypeText.buffer(), orderTypeText.offset(), orderTypeText.length());
    }

    public AsciiSequenceView orderTypeText()
    {
        return orderTypeText;
    }

    public long limitPrice()
    {
        return limitPrice;
    }

    public long auxPrice()
    {
        return auxPrice;
    }

    public TimeInForce timeInForce()
    {
        return TwsEnums.timeInForce(timeInForceText.buffer(), timeInForceText.offset(), timeInForceText.length());
    }

    public AsciiSequenceView timeInForceText()
    {
        return timeInForceText;
    }

    public AsciiSequenceView ocaGroup()
    {
        return ocaGroup;
    }

    public int ocaType()
    {
        return ocaType;
    }

    public AsciiSequenceView account()
    {
        return account;
    }

    /**
     * The client tag (idempotency key) sent in PLACE_ORDER.
     */
    public AsciiSequenceView orderRef()
    {
        return orderRef;
    }

    /**
     * Account-wide permanent id, 64-bit.
     */
    public long permId()
    {
        return permId;
    }

    public boolean outsideRth()
    {
        return outsideRth;
    }

    public long trailStopPrice()
    {
        return trailStopPrice;
    }

    public long trailingPercent()
    {
        return trailingPercent;
    }

    /**
     * OrderState status; {@link TwsOrderStatus#UNKNOWN} for texts outside the enum ({@link #statusText()}).
     */
    public TwsOrderStatus status()
    {
        return status;
    }

    public AsciiSequenceView statusText()
    {
        return statusText;
    }

    /**
     * @return true if the order belongs to the account (exact match, IB account ids are upper case).
     */
    public boolean isForAccount(final CharSequence accountId)
    {
        return TwsAccounts.matches(account, accountId);
    }
}
