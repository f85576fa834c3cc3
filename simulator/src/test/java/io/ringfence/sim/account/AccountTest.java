package io.ringfence.sim.account;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest
{
    private static final long INITIAL_CASH = Price.ofUnits(100_000);

    private final Accounts accounts = new Accounts(List.of("DU1", "DU2"), INITIAL_CASH);
    private final Account account = accounts.find("DU1");

    @Test
    void shouldMoveCashAndPositionOnBuy()
    {
        account.onFill("AAPL", Side.BUY, 10, Price.parse("100.00"), 0);

        assertThat(account.cash()).isEqualTo(INITIAL_CASH - Price.ofUnits(1_000));
        assertThat(account.position("AAPL").quantity()).isEqualTo(10);
        assertThat(account.position("AAPL").averageCost()).isEqualTo(Price.parse("100.00"));
        assertConserved();
    }

    @Test
    void shouldAverageCostAcrossBuysAndRealizeOnSell()
    {
        account.onFill("AAPL", Side.BUY, 10, Price.parse("100.00"), 0);
        account.onFill("AAPL", Side.BUY, 10, Price.parse("110.00"), 0);
        assertThat(account.position("AAPL").averageCost()).isEqualTo(Price.parse("105.00"));

        account.onFill("AAPL", Side.SELL, 5, Price.parse("120.00"), 0);

        final Position position = account.position("AAPL");
        assertThat(position.quantity()).isEqualTo(15);
        assertThat(position.averageCost()).isEqualTo(Price.parse("105.00"));
        assertThat(position.realizedPnl()).isEqualTo(Price.ofUnits(75));
        assertThat(account.realizedPnl()).isEqualTo(Price.ofUnits(75));
        assertConserved();
    }

    @Test
    void shouldFlipFromLongToShortThroughZero()
    {
        account.onFill("MSFT", Side.BUY, 10, Price.parse("50.00"), 0);
        account.onFill("MSFT", Side.SELL, 25, Price.parse("40.00"), 0);

        final Position position = account.position("MSFT");
        assertThat(position.quantity()).isEqualTo(-15);
        assertThat(position.averageCost()).isEqualTo(Price.parse("40.00"));
        assertThat(position.realizedPnl()).isEqualTo(Price.ofUnits(-100));
        assertConserved();

        account.onFill("MSFT", Side.BUY, 15, Price.parse("30.00"), 0);
        assertThat(position.quantity()).isZero();
        assertThat(position.costBasis()).isZero();
        assertThat(position.realizedPnl()).isEqualTo(Price.ofUnits(-100 + 150));
        assertConserved();
    }

    @Test
    void shouldNotLeakRoundingWhenReleasingBasisProRata()
    {
        account.onFill("SPY", Side.BUY, 3, Price.parse("100.00"), 0);
        account.onFill("SPY", Side.BUY, 1, Price.parse("100.01"), 0);
        account.onFill("SPY", Side.SELL, 1, Price.parse("100.02"), 0);
        account.onFill("SPY", Side.SELL, 2, Price.parse("99.97"), 0);
        assertConserved();

        account.onFill("SPY", Side.SELL, 1, Price.parse("100.00"), 0);
        assertThat(account.position("SPY").costBasis()).isZero();
        assertConserved();
    }

    @Test
    void shouldPutOpeningCommissionIntoAverageCostAndTakeClosingCommissionOffRealizedPnl()
    {
        account.onFill("AAPL", Side.BUY, 100, Price.parse("100.00"), Price.parse("1.00"));
        assertThat(account.cash()).isEqualTo(INITIAL_CASH - Price.parse("10001.00"));
        assertThat(account.position("AAPL").averageCost()).isEqualTo(Price.parse("100.01"));
        assertConserved();

        final long realized = account.onFill("AAPL", Side.SELL, 100, Price.parse("101.00"), Price.parse("1.00"));

        assertThat(realized).isEqualTo(Price.parse("98.00"));
        assertThat(account.realizedPnl()).isEqualTo(Price.parse("98.00"));
        assertThat(account.commissions()).isEqualTo(Price.parse("2.00"));
        assertThat(account.cash()).isEqualTo(INITIAL_CASH + Price.parse("98.00"));
        assertConserved();
    }

    @Test
    void shouldStartNewGenerationOnReset()
    {
        account.onFill("AAPL", Side.BUY, 10, Price.parse("100.00"), Price.parse("1.00"));

        account.reset(Price.ofUnits(5_000));

        assertThat(account.generation()).isEqualTo(2);
        assertThat(account.cash()).isEqualTo(Price.ofUnits(5_000));
        assertThat(account.initialCash()).isEqualTo(Price.ofUnits(5_000));
        assertThat(account.position("AAPL")).isNull();
        assertThat(account.quantity("AAPL")).isZero();
        assertThat(account.realizedPnl()).isZero();
        assertThat(account.commissions()).isZero();
        assertConserved();
    }

    @Test
    void shouldResolveEmptyAccountOnlyWhenOneIsManaged()
    {
        final Accounts single = new Accounts(List.of("DU9"), INITIAL_CASH);

        assertThat(single.resolve("")).isSameAs(single.find("DU9"));
        assertThat(accounts.resolve("")).isNull();
        assertThat(accounts.resolve(new StringBuilder("DU2"))).isSameAs(accounts.find("DU2"));
        assertThat(accounts.resolve("DU3")).isNull();
        assertThat(accounts.managedAccounts()).isEqualTo("DU1,DU2");
    }

    @Test
    void shouldRefuseEmptyOrDuplicateAccounts()
    {
        assertThatThrownBy(() -> new Accounts(List.of(), INITIAL_CASH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Accounts(List.of("DU1", "DU1"), INITIAL_CASH))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Accounts(List.of(""), INITIAL_CASH)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertConserved()
    {
        final long[] basis = new long[1];
        account.forEachPosition((position) -> basis[0] += position.costBasis());
        assertThat(account.cash() + basis[0] - account.realizedPnl()).isEqualTo(account.initialCash());
    }
}
