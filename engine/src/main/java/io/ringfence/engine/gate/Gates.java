package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.QueryDecoder;
import io.ringfence.codecs.sbe.QueryKind;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetPositionDecoder;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ApprovalsConfig;
import io.ringfence.config.ClientConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.config.Scope;
import io.ringfence.engine.BracketKeys;
import io.ringfence.engine.FixedAscii;
import io.ringfence.engine.InboundEvent;
import org.agrona.DirectBuffer;

import java.nio.ByteOrder;
import java.util.List;

/**
 * The gate rules for orders, in order, first failure wins: 1 well-formed, 2 mode enabled and
 * matching the account, 3 account allowed for the client, 4 client scope, 5 kill switch,
 * 6 approval, 7 risk ({@link RiskChecks}), 8 live only: promotion. A submit that passes them all
 * is recorded (rate, duplicate window) and consumes its approval in the same step. Deterministic:
 * state changes only with the events, time only from the event; no allocation. Returns null when
 * every gate passes. Operator intents and previews: {@link AdminGates}.
 */
public final class Gates
{
    private static final EnumCodes MODES = new EnumCodes(TradingMode.values(), TradingMode::value, TradingMode.NULL_VAL);
    private static final EnumCodes SIDES = new EnumCodes(Side.values(), Side::value, Side.NULL_VAL);
    private static final EnumCodes TYPES = new EnumCodes(OrderType.values(), OrderType::value, OrderType.NULL_VAL);
    private static final EnumCodes TIFS = new EnumCodes(TimeInForce.values(), TimeInForce::value, TimeInForce.NULL_VAL);
    private static final EnumCodes BOOLEANS = new EnumCodes(BooleanType.values(), BooleanType::value, BooleanType.NULL_VAL);
    private static final EnumCodes QUERY_KINDS = new EnumCodes(QueryKind.values(), QueryKind::value, QueryKind.NULL_VAL);
    private static final long MAX_TRAILING_PERCENT = 100 * Price.SCALE;
    private static final int KEY_LENGTH = 32;
    private static final long MAX_TARGET_QUANTITY = 1_000_000_000L;

    final AccountTable accounts;
    final ClientNames clientNames;
    final KillSwitches killSwitches;
    final Previews previews;
    final Approvals approvals;
    final Promotions promotions;
    final RiskChecks risk;
    final OrderTerms terms = new OrderTerms();
    final RingfenceConfig config;
    private final boolean paperEnabled;
    private final boolean liveEnabled;
    private final boolean[][] scopesByClient;
    private final boolean[] approvalRequired;

    private final RestartWindowClock paperRestartWindow;
    private final RestartWindowClock liveRestartWindow;

    public Gates(final RingfenceConfig config)
    {
        this.paperRestartWindow = new RestartWindowClock(config.paperGateway().restartWindow());
        this.liveRestartWindow = new RestartWindowClock(config.liveGateway().restartWindow());
        this.config = config;
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
        final ApprovalsConfig approvalsConfig = config.gates().approvals();
        final int accountCount = config.paperAccounts().size() + config.liveAccounts().size();
        approvalRequired = new boolean[accountCount];
        for (int a = 0; a < accountCount; a++)
        {
            final boolean live = a >= config.paperAccounts().size();
            approvalRequired[a] = approvalsConfig.isRequired(live,
                live ? config.liveAccounts().get(a - config.paperAccounts().size()) : config.paperAccounts().get(a));
        }
        clientNames = new ClientNames(config);
        killSwitches = new KillSwitches(accountCount, clients.size());
        previews = new Previews(approvalsConfig.capacity());
        approvals = new Approvals(approvalsConfig.capacity());
        promotions = new Promotions(clients.size());
        risk = new RiskChecks(config);
    }

    /**
     * Every gate for a submit; when all pass, records it and consumes its approval
     * ({@link InboundEvent#approvalConsumed}).
     */
    public RefusalReason checkNewOrder(final InboundEvent event, final NewOrderDecoder order)
    {
        if (!isWellFormed(order.modeRaw(), order.sideRaw(), order.orderTypeRaw(), order.timeInForceRaw(),
            order.outsideRthRaw(), order.quantity(), order.buffer(), order.offset() + NewOrderDecoder.accountEncodingOffset()) ||
            !isOrderKey(order.buffer(), order.offset() + NewOrderDecoder.idempotencyKeyEncodingOffset()) ||
            !arePricesAsRequired(order.orderType(), order.limitPrice(), order.stopPrice()))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        return checkSubmit(event, terms.of(order), order.offset() + NewOrderDecoder.idempotencyKeyEncodingOffset(),
            order.approvalId());
    }

    /**
     * The gates of a submit for a target position, whose side and quantity the order stage works
     * out from the position: the same gates with the size limits left to the order stage (it
     * judges the order it derives), and the price collar on the limit or expected price. A
     * target carries no approval, so an account that needs one refuses it.
     */
    public RefusalReason checkTarget(final InboundEvent event, final TargetPositionDecoder target)
    {
        final DirectBuffer buffer = target.buffer();
        final int base = target.offset();
        final long limit = target.limitPrice();
        final long expected = target.expectedPrice();
        final long tolerance = target.tolerancePercent();
        if (!MODES.isValid(target.modeRaw()) || !TIFS.isValid(target.timeInForceRaw()) ||
            target.targetQuantity() < -MAX_TARGET_QUANTITY || target.targetQuantity() > MAX_TARGET_QUANTITY ||
            !BOOLEANS.isValid(target.outsideRthRaw()) ||
            !isText(buffer, base + TargetPositionDecoder.accountEncodingOffset(), AccountTable.ACCOUNT_LENGTH) ||
            !isText(buffer, base + TargetPositionDecoder.symbolEncodingOffset(), SymbolTable.SYMBOL_LENGTH) ||
            !isOrderKey(buffer, base + TargetPositionDecoder.idempotencyKeyEncodingOffset()) ||
            (Price.isSet(limit) && (limit <= 0 || Price.isSet(expected) || Price.isSet(tolerance))) ||
            (Price.isSet(expected) != Price.isSet(tolerance)) ||
            (Price.isSet(expected) && (expected <= 0 || tolerance < 0 || tolerance >= MAX_TRAILING_PERCENT)))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        return checkSubmit(event, terms.of(target), base + TargetPositionDecoder.idempotencyKeyEncodingOffset(), 0);
    }

    /**
     * The gates of a bracket: its entry judged as a submit (the exits close what the entry opens);
     * well-formed means a MARKET or LIMIT entry, a key that leaves room for the exits' /tp and
     * /sl, and exits on the right sides of the entry (a BUY's stop-loss below its take-profit and
     * its limit between them; the other way round for a SELL). A bracket carries no approval.
     */
    public RefusalReason checkBracket(final InboundEvent event, final NewBracketDecoder bracket)
    {
        final DirectBuffer buffer = bracket.buffer();
        final int base = bracket.offset();
        final int keyLength = FixedAscii.length(buffer, base + NewBracketDecoder.idempotencyKeyEncodingOffset(),
            NewBracketDecoder.idempotencyKeyLength());
        final long limit = bracket.limitPrice();
        final long takeProfit = bracket.takeProfitPrice();
        final long stopLoss = bracket.stopLossPrice();
        final boolean buy = bracket.sideRaw() == Side.BUY.value();
        final boolean isLimit = bracket.orderTypeRaw() == OrderType.LIMIT.value();
        if (!isWellFormed(bracket.modeRaw(), bracket.sideRaw(), bracket.orderTypeRaw(), bracket.timeInForceRaw(),
            bracket.outsideRthRaw(), bracket.quantity(), buffer, base + NewBracketDecoder.accountEncodingOffset()) ||
            !isOrderKey(buffer, base + NewBracketDecoder.idempotencyKeyEncodingOffset()) ||
            keyLength > NewBracketDecoder.idempotencyKeyLength() - BracketKeys.SUFFIX_LENGTH ||
            (!isLimit && bracket.orderTypeRaw() != OrderType.MARKET.value()) ||
            !isPriceAsRequired(limit, isLimit) || takeProfit <= 0 || stopLoss <= 0 || !Price.isSet(takeProfit) ||
            !Price.isSet(stopLoss) || (buy ? stopLoss >= takeProfit : stopLoss <= takeProfit) ||
            (isLimit && (buy ? limit <= stopLoss || limit >= takeProfit : limit >= stopLoss || limit <= takeProfit)))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        return checkSubmit(event, terms.of(bracket), base + NewBracketDecoder.idempotencyKeyEncodingOffset(), 0);
    }

    /**
     * A query reads the engine's view of one account: the account must be one this client may
     * use; an ORDER query needs a key. No scope, mode or kill switch applies: it changes nothing.
     */
    public RefusalReason checkQuery(final int clientIndex, final QueryDecoder query)
    {
        final DirectBuffer buffer = query.buffer();
        final int base = query.offset();
        if (!QUERY_KINDS.isValid(query.kindRaw()) ||
            !isText(buffer, base + QueryDecoder.accountEncodingOffset(), QueryDecoder.accountLength()) ||
            (query.kind() == QueryKind.ORDER &&
                !isText(buffer, base + QueryDecoder.idempotencyKeyEncodingOffset(), QueryDecoder.idempotencyKeyLength())))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final int account = accounts.indexOf(buffer, base + QueryDecoder.accountEncodingOffset());
        return account == AccountTable.NOT_FOUND || !accounts.isAllowed(clientIndex, account) ?
            RefusalReason.ACCOUNT_NOT_ALLOWED : null;
    }

    /**
     * Gates 2 to 8 of a submit, in order; when all pass, records it and consumes its approval.
     */
    private RefusalReason checkSubmit(
        final InboundEvent event, final OrderTerms terms, final int keyOffset, final long approvalId)
    {
        final int client = event.source;
        final int account = accounts.indexOf(terms.buffer, terms.accountOffset);
        final RefusalReason access = checkAccess(client, terms.mode, account,
            terms.mode == TradingMode.LIVE ? Scope.ORDERS_LIVE_SUBMIT : Scope.ORDERS_PAPER_SUBMIT);
        if (access != null)
        {
            return access;
        }
        if (killSwitches.isActive(account, client))
        {
            return RefusalReason.KILL_SWITCH_ACTIVE;
        }
        if ((terms.mode == TradingMode.LIVE ? liveRestartWindow : paperRestartWindow).isInWindow(event.timestampNs))
        {
            return RefusalReason.GATEWAY_RESTART_WINDOW;
        }
        final long orderHash = terms.canonicalHash();
        final long keyHash = keyHash(terms.buffer, terms.accountOffset, keyOffset);
        final boolean hasApproval = approvalId > 0;
        if (approvalRequired[account] && !hasApproval)
        {
            return RefusalReason.PAPER_APPROVAL_REQUIRED;
        }
        if (hasApproval)
        {
            final RefusalReason refusal = approvals.check(approvalId, account, orderHash, keyHash, event.timestampNs);
            if (refusal != null)
            {
                return refusal;
            }
        }
        final RefusalReason riskRefusal = risk.check(terms, account, client, orderHash, keyHash, event.timestampNs);
        if (riskRefusal != null)
        {
            return riskRefusal;
        }
        if (terms.mode == TradingMode.LIVE && !promotions.isPromoted(client))
        {
            return RefusalReason.PROMOTION_REQUIRED;
        }
        risk.onAccepted(client, orderHash, keyHash, event.timestampNs);
        if (hasApproval && approvals.consume(approvalId, keyHash))
        {
            event.approvalConsumed = approvalId;
        }
        return null;
    }

    /**
     * Gates 1 to 4 for a cancel: a kill switch never blocks one. It names its order one way: a
     * target key (or prefix), a broker order id or a permId (ids of 0 or null are not set).
     */
    public RefusalReason checkCancel(final int clientIndex, final CancelOrderDecoder cancel)
    {
        final DirectBuffer buffer = cancel.buffer();
        final int base = cancel.offset();
        final int targets = (isText(buffer, base + CancelOrderDecoder.targetIdempotencyKeyEncodingOffset(),
            CancelOrderDecoder.targetIdempotencyKeyLength()) ? 1 : 0) +
            (cancel.targetBrokerOrderId() > 0 ? 1 : 0) + (cancel.targetPermId() > 0 ? 1 : 0);
        if (!MODES.isValid(cancel.modeRaw()) || targets != 1 ||
            !isText(buffer, base + CancelOrderDecoder.accountEncodingOffset(), CancelOrderDecoder.accountLength()) ||
            !isText(buffer, base + CancelOrderDecoder.idempotencyKeyEncodingOffset(), CancelOrderDecoder.idempotencyKeyLength()))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final int account = accounts.indexOf(buffer, base + CancelOrderDecoder.accountEncodingOffset());
        final TradingMode mode = cancel.mode();
        return checkAccess(clientIndex, mode, account,
            mode == TradingMode.LIVE ? Scope.ORDERS_LIVE_CANCEL : Scope.ORDERS_PAPER_CANCEL);
    }

    /**
     * Gates 1 to 5 for a modify: well-formed with at least one bounded change (quantity, limit or
     * stop price, time in force), mode, account, scope, kill switch. The position and open-order
     * limits on the new quantity are the order stage's, which knows the order.
     */
    public RefusalReason checkModify(final int clientIndex, final ModifyOrderDecoder modify)
    {
        final DirectBuffer buffer = modify.buffer();
        final int base = modify.offset();
        final int tif = modify.timeInForceRaw();
        final long quantity = modify.quantity();
        final long limit = modify.limitPrice();
        final long stop = modify.stopPrice();
        final boolean tifSet = tif != TimeInForce.NULL_VAL.value();
        if (!MODES.isValid(modify.modeRaw()) || (tifSet && !TIFS.isValid(tif)) ||
            !isText(buffer, base + ModifyOrderDecoder.accountEncodingOffset(), ModifyOrderDecoder.accountLength()) ||
            !isText(buffer, base + ModifyOrderDecoder.idempotencyKeyEncodingOffset(), ModifyOrderDecoder.idempotencyKeyLength()) ||
            !isText(buffer, base + ModifyOrderDecoder.targetIdempotencyKeyEncodingOffset(),
                ModifyOrderDecoder.targetIdempotencyKeyLength()) ||
            (quantity == ModifyOrderDecoder.quantityNullValue() && !Price.isSet(limit) && !Price.isSet(stop) && !tifSet) ||
            (quantity != ModifyOrderDecoder.quantityNullValue() && quantity <= 0) ||
            (Price.isSet(limit) && limit <= 0) || (Price.isSet(stop) && stop <= 0))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final int account = accounts.indexOf(buffer, base + ModifyOrderDecoder.accountEncodingOffset());
        final TradingMode mode = modify.mode();
        final RefusalReason access = checkAccess(clientIndex, mode, account,
            mode == TradingMode.LIVE ? Scope.ORDERS_LIVE_MODIFY : Scope.ORDERS_PAPER_MODIFY);
        if (access != null)
        {
            return access;
        }
        return killSwitches.isActive(account, clientIndex) ? RefusalReason.KILL_SWITCH_ACTIVE : null;
    }

    /**
     * Every gate but the approval (which a preview precedes) and the rate and duplicate checks
     * (a preview sends nothing); records the preview when all pass.
     *
     * @return null when every gate passes, else the refusal.
     */
    RefusalReason checkPreview(final InboundEvent event, final PreviewOrderDecoder order)
    {
        final int client = event.source;
        if (!isWellFormed(order.modeRaw(), order.sideRaw(), order.orderTypeRaw(), order.timeInForceRaw(),
            order.outsideRthRaw(), order.quantity(), order.buffer(), order.offset() + PreviewOrderDecoder.accountEncodingOffset()) ||
            !arePricesAsRequired(order.orderType(), order.limitPrice(), order.stopPrice()))
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final OrderTerms terms = this.terms.of(order);
        final int account = accounts.indexOf(order.buffer(), terms.accountOffset);
        final RefusalReason access = checkAccess(client, terms.mode, account,
            terms.mode == TradingMode.LIVE ? Scope.ORDERS_LIVE_SUBMIT : Scope.ORDERS_PAPER_SUBMIT);
        if (access != null)
        {
            return access;
        }
        if (killSwitches.isActive(account, client))
        {
            return RefusalReason.KILL_SWITCH_ACTIVE;
        }
        final RefusalReason riskRefusal = risk.check(terms, account, client, terms.canonicalHash(), 0, event.timestampNs);
        if (riskRefusal != null)
        {
            return riskRefusal;
        }
        if (terms.mode == TradingMode.LIVE && !promotions.isPromoted(client))
        {
            return RefusalReason.PROMOTION_REQUIRED;
        }
        return null;
    }

    boolean hasScope(final int client, final Scope scope)
    {
        return client >= 0 && client < scopesByClient.length && scopesByClient[client][scope.ordinal()];
    }

    /**
     * Gates 2 to 4.
     */
    RefusalReason checkAccess(final int client, final TradingMode mode, final int account, final Scope scope)
    {
        final RefusalReason modeRefusal = checkMode(mode, account);
        if (modeRefusal != null)
        {
            return modeRefusal;
        }
        if (account == AccountTable.NOT_FOUND || !accounts.isAllowed(client, account))
        {
            return RefusalReason.ACCOUNT_NOT_ALLOWED;
        }
        return hasScope(client, scope) ? null : RefusalReason.SCOPE_MISSING;
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

    /**
     * The account-scoped idempotency key as one hash, never 0.
     */
    static long keyHash(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        long h = OrderTerms.mix(0x84222325CBF29CE4L, buffer.getLong(accountOffset, ByteOrder.LITTLE_ENDIAN));
        h = OrderTerms.mix(h, buffer.getLong(accountOffset + 8, ByteOrder.LITTLE_ENDIAN));
        for (int i = 0; i < NewOrderDecoder.idempotencyKeyLength(); i += Long.BYTES)
        {
            h = OrderTerms.mix(h, buffer.getLong(keyOffset + i, ByteOrder.LITTLE_ENDIAN));
        }
        return Approvals.keyHash(h);
    }

    private static boolean isWellFormed(
        final short mode, final short side, final short type, final short tif, final short outsideRth, final long quantity,
        final DirectBuffer buffer, final int accountOffset)
    {
        return MODES.isValid(mode) && SIDES.isValid(side) && TYPES.isValid(type) && TIFS.isValid(tif) &&
            BOOLEANS.isValid(outsideRth) && quantity > 0 &&
            isText(buffer, accountOffset, AccountTable.ACCOUNT_LENGTH) &&
            isText(buffer, accountOffset + AccountTable.ACCOUNT_LENGTH, SymbolTable.SYMBOL_LENGTH);
    }

    private static boolean arePricesAsRequired(final OrderType type, final long limitPrice, final long stopPrice)
    {
        final boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT ||
            type == OrderType.TRAILING_STOP_LIMIT;
        final boolean needsStop = type != OrderType.MARKET && type != OrderType.LIMIT;
        return isPriceAsRequired(limitPrice, needsLimit) && isPriceAsRequired(stopPrice, needsStop) &&
            (type != OrderType.TRAILING_STOP_PERCENT || isTrailingPercent(stopPrice));
    }

    /**
     * The price the risk limits judge, on submit and on modify: the limit price, else a stop
     * order's stop price, else {@link Price#NULL} (market and trailing orders: the reference price
     * stands in; a trailing stop's "stop price" is an amount or a percent, not a price).
     */
    public static long riskPrice(final OrderType type, final long limitPrice, final long stopPrice)
    {
        if (Price.isSet(limitPrice))
        {
            return limitPrice;
        }
        return type == OrderType.STOP ? stopPrice : Price.NULL;
    }

    /**
     * A trailing distance in percent, above 0 and below 100.
     */
    public static boolean isTrailingPercent(final long percent)
    {
        return percent > 0 && percent < MAX_TRAILING_PERCENT;
    }

    /**
     * The key of a new order: text that does not end in {@code *} (a cancel's key ending in
     * {@code *} is a prefix, so such an order could never be cancelled by its key alone).
     */
    private static boolean isOrderKey(final DirectBuffer buffer, final int offset)
    {
        final int length = FixedAscii.length(buffer, offset, KEY_LENGTH);
        return length != FixedAscii.INVALID && buffer.getByte(offset + length - 1) != '*';
    }

    static boolean isText(final DirectBuffer buffer, final int offset, final int length)
    {
        return FixedAscii.length(buffer, offset, length) != FixedAscii.INVALID;
    }

    private static boolean isPriceAsRequired(final long price, final boolean required)
    {
        return required ? Price.isSet(price) && price > 0 : !Price.isSet(price);
    }
}
