package io.ringfence.tws;

import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.OpenOrderDecoder;
import io.ringfence.codecs.tws.OpenOrderEncoder;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client audit lesson: a mass cancel never touches another account's (or another client's) orders.
 */
class AccountCancelSweepTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);
    private final AccountCancelSweep sweep = new AccountCancelSweep("DU111", 7, 16);
    private final List<Integer> cancelled = new ArrayList<>();
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(new TwsInboundHandler()
    {
        public void onOpenOrder(final OpenOrderDecoder decoder)
        {
            sweep.onOpenOrder(decoder);
        }

        public void onNextValidId(final int orderId)
        {
        }

        public void onManagedAccounts(final DirectBuffer b, final int offset, final int length)
        {
        }

        public void onOrderStatus(final OrderStatusDecoder decoder)
        {
        }

        public void onError(final ErrorMessageDecoder decoder)
        {
        }

        public void onExecution(final ExecutionDataDecoder decoder)
        {
        }

        public void onUnhandled(final int msgId)
        {
        }

        public void onProtocolError(final TwsProtocolError error, final int msgId)
        {
            throw new AssertionError(error.toString());
        }
    });

    private void openOrder(final int orderId, final String account, final int clientId, final TwsOrderStatus status)
    {
        final TwsOrder order = new TwsOrder().orderId(orderId).clientId(clientId).side(Side.BUY).totalQuantity(10)
            .orderType(OrderType.MARKET);
        order.symbol().set("AAPL");
        order.account().set(account);
        final int length = new OpenOrderEncoder().encode(buffer, 0, 193, order, 1_000L + orderId, status);
        adapter.onFrame(buffer, 4, length - 4, 193);
    }

    @Test
    void shouldCancelOnlyOwnAccountsLiveOrdersWhenSweeping()
    {
        openOrder(1, "DU111", 7, TwsOrderStatus.SUBMITTED);
        openOrder(2, "DU222", 7, TwsOrderStatus.SUBMITTED);     // other account
        openOrder(3, "DU111", 8, TwsOrderStatus.SUBMITTED);     // other client
        openOrder(4, "DU111", 7, TwsOrderStatus.PRE_SUBMITTED);
        openOrder(5, "DU111", 7, TwsOrderStatus.FILLED);        // already done
        openOrder(4, "DU111", 7, TwsOrderStatus.SUBMITTED);     // duplicate report
        openOrder(0, "DU111", 7, TwsOrderStatus.SUBMITTED);     // unbound manual order
        openOrder(6, "", 7, TwsOrderStatus.SUBMITTED);          // no account: never matches

        assertThat(sweep.size()).isEqualTo(2);
        assertThat(sweep.cancelAll((orderId) -> cancelled.add(orderId))).isEqualTo(2);
        assertThat(cancelled).containsExactly(1, 4);
        assertThat(sweep.size()).isZero();
    }
}
