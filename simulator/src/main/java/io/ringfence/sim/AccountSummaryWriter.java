package io.ringfence.sim;

import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Position;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteBook;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Answers REQ_ACCOUNT_SUMMARY and REQ_POSITIONS from the accounts. A cash account without margin:
 * buying power, available funds and excess liquidity are the cash; positions are marked at the quote's
 * mid (else the last trade, else the reference price).
 * <p>
 * Tags served: {@value #TAGS}. Others asked for are left out, as TWS leaves out tags it does not know.
 */
final class AccountSummaryWriter
{
    static final String TAGS = "AccountType,NetLiquidation,TotalCashValue,SettledCash,BuyingPower,AvailableFunds," +
        "ExcessLiquidity,EquityWithLoanValue,GrossPositionValue,InitMarginReq,MaintMarginReq,RealizedPnL," +
        "UnrealizedPnL";

    private static final String ACCOUNT_TYPE = "INDIVIDUAL";

    private final QuoteBook quotes;

    AccountSummaryWriter(final QuoteBook quotes)
    {
        this.quotes = quotes;
    }

    void writeSummary(final ReplyEncoder replies, final int reqId, final Iterable<Account> accounts, final String tags)
    {
        final Set<String> requested = new HashSet<>(Arrays.asList(tags.split(",")));
        for (final Account account : accounts)
        {
            final long marketValue = marketValue(account, false);
            final long grossValue = marketValue(account, true);
            final long basis = costBasis(account);
            final long netLiquidation = account.cash() + marketValue;
            final String id = account.id();
            for (final String tag : TAGS.split(","))
            {
                if (!requested.contains(tag))
                {
                    continue;
                }
                switch (tag)
                {
                    case "AccountType" -> replies.accountSummaryText(reqId, id, tag, ACCOUNT_TYPE);
                    case "NetLiquidation", "EquityWithLoanValue" -> replies.accountSummary(reqId, id, tag, netLiquidation);
                    case "TotalCashValue", "SettledCash", "BuyingPower", "AvailableFunds", "ExcessLiquidity" ->
                        replies.accountSummary(reqId, id, tag, account.cash());
                    case "GrossPositionValue" -> replies.accountSummary(reqId, id, tag, grossValue);
                    case "RealizedPnL" -> replies.accountSummary(reqId, id, tag, account.realizedPnl());
                    case "UnrealizedPnL" -> replies.accountSummary(reqId, id, tag, marketValue - basis);
                    default -> replies.accountSummary(reqId, id, tag, 0);
                }
            }
        }
        replies.accountSummaryEnd(reqId);
    }

    void writePositions(final ReplyEncoder replies, final Iterable<Account> accounts)
    {
        for (final Account account : accounts)
        {
            account.forEachPosition((position) ->
            {
                final Quote quote = quotes.quote(position.symbol());
                replies.position(account.id(), null == quote ? 0 : quote.instrument().conId(), position.symbol(),
                    position.quantity(), position.averageCost());
            });
        }
        replies.positionEnd();
    }

    /**
     * @return Σ quantity × mark, or Σ |quantity × mark| when {@code gross}.
     */
    long marketValue(final Account account, final boolean gross)
    {
        final long[] total = new long[1];
        account.forEachPosition((position) ->
        {
            final long value = Math.multiplyExact(position.quantity(), markPrice(position));
            total[0] += gross ? Math.abs(value) : value;
        });
        return total[0];
    }

    private static long costBasis(final Account account)
    {
        final long[] total = new long[1];
        account.forEachPosition((position) -> total[0] += position.costBasis());
        return total[0];
    }

    private long markPrice(final Position position)
    {
        final Quote quote = quotes.quote(position.symbol());
        return null == quote ? 0 : quote.markPrice();
    }
}
