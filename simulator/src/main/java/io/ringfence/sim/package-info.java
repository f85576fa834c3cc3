/**
 * The paper gateway simulator: a TWS-protocol server ({@link io.ringfence.sim.PaperGateway}, configured by
 * {@link io.ringfence.sim.SimulatorContext}, run standalone by {@link io.ringfence.sim.SimulatorMain}) that
 * lets TWS clients trade against simulated accounts and quotes on a loopback port. Everything else here is
 * package-private wiring on the gateway's single thread: the selector loop, one connection and one protocol
 * session per client, the replies they send, the router of order events and market data, the message-rate
 * limit (ERR 100 then disconnect past {@code maxMessagesPerSecond}, default 50, 0 = off) and the faults;
 * the market itself lives in the {@code account}, {@code market} and {@code order} sub-packages and knows
 * nothing of sockets; the per-account portfolio history (sampled on each fill, each reset and every
 * {@code historyIntervalMs} of the simulator's clock) in {@code history}. Quotes walk at random from a
 * seed, or replay a CSV file on the simulator's clock ({@code SimulatorContext.quotesFile(Path)},
 * {@code SimulatorMain --quotes FILE}: rows of {@code timestamp,symbol,bid,ask,bid_size,ask_size}, checked
 * at start-up with errors naming the line and column).
 * <h2>Faults and admin commands</h2>
 * Deterministic and scriptable: each takes effect on the gateway thread between two requests and hits a
 * known message. From Java, {@link io.ringfence.sim.PaperGateway}'s methods; from anything else, the same
 * commands as text lines on the loopback control port ({@code SimulatorContext.controlPort(int)},
 * {@code SimulatorMain --control-port N}), e.g. {@code printf 'restart 30000 5\n' | nc 127.0.0.1 PORT}:
 * <table>
 *     <caption>Control commands</caption>
 *     <tr><th>control line</th><th>PaperGateway</th><th>effect</th></tr>
 *     <tr><td>{@code drop [CLIENT_ID]}</td><td>{@code dropConnection}, {@code dropAllConnections}</td>
 *         <td>socket closed without a word; orders keep working</td></tr>
 *     <tr><td>{@code restart OUTAGE_MS [ID_ROLLBACK]}</td><td>{@code dailyRestart}</td>
 *         <td>every socket closed, connections refused for the outage, then a normal handshake again;
 *         NEXT_VALID_ID may come back up to ID_ROLLBACK below the next free id</td></tr>
 *     <tr><td>{@code connectivity lost|restored|data-lost}</td>
 *         <td>{@code connectivityLost}, {@code connectivityRestored}</td>
 *         <td>ERR -1 1100 / 1102 / 1101 to every client</td></tr>
 *     <tr><td>{@code drop-status [N]}</td><td>{@code dropOrderStatus}</td>
 *         <td>the next N ORDER_STATUS frames are never sent</td></tr>
 *     <tr><td>{@code delay-status MS [N]}</td><td>{@code delayOrderStatus}</td>
 *         <td>the next N ORDER_STATUS frames arrive MS late, after what was sent meanwhile</td></tr>
 *     <tr><td>{@code exec-before-open}</td><td>{@code sendExecutionBeforeOpenOrder}</td>
 *         <td>the next order that fills at once sends EXECUTION_DATA before its OPEN_ORDER/ORDER_STATUS</td></tr>
 *     <tr><td>{@code duplicate-exec [N]}</td><td>{@code duplicateExecutions}</td>
 *         <td>the next N executions are sent twice with the same execId</td></tr>
 *     <tr><td>{@code reject-next}</td><td>{@code rejectNextOrder}</td>
 *         <td>the next new order gets ERR 201 + Inactive</td></tr>
 *     <tr><td>{@code quote SYM BID ASK [BID_SIZE ASK_SIZE]}</td><td>{@code setQuote}</td>
 *         <td>the market moves; resting orders it reaches fill</td></tr>
 *     <tr><td>{@code reset ACCOUNT [CASH]}</td><td>{@code resetAccount}</td>
 *         <td>new account generation: open orders cancelled, positions cleared, history kept</td></tr>
 *     <tr><td>{@code clear-faults}</td><td>{@code clearFaults}</td><td>disarm what has not fired</td></tr>
 *     <tr><td>{@code history ACCOUNT csv|json FILE}</td>
 *         <td>{@code portfolioHistory}, {@code writePortfolioHistory}</td>
 *         <td>writes the account's portfolio samples (time, generation, trigger, cash, market value, equity,
 *         realised and unrealised P&amp;L, peak equity, drawdown) to FILE; answers {@code ok SAMPLES FILE}</td></tr>
 *     <tr><td>{@code plot ACCOUNT FILE [WIDTH HEIGHT]}</td><td>{@code plotEquityCurve}</td>
 *         <td>draws the equity curve and its running peak as a PNG (default 1024x600); answers
 *         {@code ok WIDTHxHEIGHT FILE}</td></tr>
 * </table>
 * Every command answers one line, {@code ok …} or {@code error …}. FILE is a path without spaces, relative
 * to the gateway's working directory (the answer names it absolute); the file is written on the gateway
 * thread before the answer, which pauses the gateway for as long as that takes.
 */
package io.ringfence.sim;
