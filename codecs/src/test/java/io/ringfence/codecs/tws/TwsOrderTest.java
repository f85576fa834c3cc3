package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwsOrderTest
{
    @Test
    void shouldStartWithStockDefaults()
    {
        final TwsOrder order = new TwsOrder();

        assertThat(order.secType()).hasToString("STK");
        assertThat(order.exchange()).hasToString("SMART");
        assertThat(order.currency()).hasToString("USD");
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(order.transmit()).isTrue();
        assertThat(order.limitPrice()).isEqualTo(Price.NULL);
        assertThat(order.side()).isEqualTo(Side.NULL_VAL);
        assertThat(order.orderType()).isEqualTo(OrderType.NULL_VAL);
    }

    @Test
    void shouldLeakNothingFromPreviousOrderWhenReset()
    {
        final TwsOrder order = PlaceOrderEncoderTest.marketOrder().orderType(OrderType.STOP_LIMIT)
            .limitPrice(1).auxPrice(2).trailingPercent(3).trailStopPrice(4).limitPriceOffset(5).timeInForce(TimeInForce.IOC)
            .outsideRth(true).transmit(false).hidden(true).whatIf(true).parentId(6).ocaType(3).clientId(8).conId(9);
        order.ocaGroup().set("g");
        order.primaryExchange().set("ARCA");
        order.exchange().set("IBKRATS");
        order.secType().set("BAG");
        order.currency().set("EUR");
        order.actionText().set("BUY");
        order.orderTypeText().set("STP LMT");
        order.timeInForceText().set("IOC");

        order.reset();

        assertThat(order).hasToString(new TwsOrder().toString());
        assertThat(order.actionText().isEmpty()).isTrue();
        assertThat(order.orderTypeText().isEmpty()).isTrue();
        assertThat(order.timeInForceText().isEmpty()).isTrue();
    }

    @Test
    void shouldLeakNothingFromPreviousExecutionWhenReset()
    {
        final TwsExecution execution = TwsInboundAdapterTest.execution().reqId(4).liquidation(1)
            .pendingPriceRevision(true).side(Side.SELL);
        execution.modelCode().set("m");

        execution.reset();

        assertThat(execution).hasToString(new TwsExecution().toString());
        assertThat(execution.modelCode().isEmpty()).isTrue();
        assertThat(execution.pendingPriceRevision()).isFalse();
        assertThat(execution.reqId()).isEqualTo(-1);
    }
}
