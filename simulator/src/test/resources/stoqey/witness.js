// The independent witness: @stoqey/ib 1.6.10 (strict about field counts) trades against the paper
// gateway and prints one line per event, order ids relative to the first valid id. Flows, in order:
// market buy fills at the ask; a limit rests and is cancelled; a bad account is rejected; a stop
// triggers once the Java side moves the quote; a bracket's parent fills, its take-profit fills when the
// quote reaches it and its stop-loss is cancelled; then open orders, completed orders, executions with
// commissions, positions, account summary, current time and a market data snapshot.
// The Java side (StoqeyWitnessIT) moves quotes when it reads "await-quote <name>" and answers "go" on stdin.
// Usage: node witness.js <port> <clientId>. Exits 0 when done.
'use strict';
const { IBApi, EventName, OrderAction, OrderType, SecType } = require('@stoqey/ib');

const [port, clientId] = process.argv.slice(2).map(Number);
const ib = new IBApi({ host: '127.0.0.1', port, clientId });
const aapl = { symbol: 'AAPL', secType: SecType.STK, exchange: 'SMART', currency: 'USD' };
const account = 'DU8730189';
const print = (...fields) => console.log(fields.join(' '));
let nextId;
let waiting;
const rel = (id) => id - nextId;

process.stdin.on('data', () => { const step = waiting; waiting = undefined; if (step) step(); });
const awaitQuote = (name, step) => { waiting = step; print('await-quote', name); };

const order = (fields) => Object.assign({ account, transmit: true }, fields);
const steps = {
  start: () => ib.placeOrder(nextId, aapl,
    order({ action: OrderAction.BUY, orderType: OrderType.MKT, totalQuantity: 10, orderRef: 'witness' })),
  '0Filled': () => ib.placeOrder(nextId + 1, aapl,
    order({ action: OrderAction.SELL, orderType: OrderType.LMT, lmtPrice: 250.5, totalQuantity: 5, tif: 'GTC' })),
  '1Submitted': () => ib.cancelOrder(nextId + 1),
  '1Cancelled': () => ib.placeOrder(nextId + 2, aapl,
    { action: OrderAction.BUY, orderType: OrderType.MKT, totalQuantity: 1, account: 'DU0000000', transmit: true }),
  '2Inactive': () => ib.placeOrder(nextId + 3, aapl,
    order({ action: OrderAction.SELL, orderType: OrderType.STP, auxPrice: 185, totalQuantity: 10 })),
  '3Submitted': () => awaitQuote('stop', () => {}),
  '3Filled': () => {
    ib.placeOrder(nextId + 4, aapl, order({ action: OrderAction.BUY, orderType: OrderType.LMT, lmtPrice: 185,
      totalQuantity: 20, transmit: false }));
    ib.placeOrder(nextId + 5, aapl, order({ action: OrderAction.SELL, orderType: OrderType.LMT, lmtPrice: 190,
      totalQuantity: 20, parentId: nextId + 4, transmit: false }));
    ib.placeOrder(nextId + 6, aapl, order({ action: OrderAction.SELL, orderType: OrderType.STP, auxPrice: 180,
      totalQuantity: 20, parentId: nextId + 4, transmit: true }));
  },
  '6Submitted': () => awaitQuote('take-profit', () => {}),
  '6Cancelled': () => { print('phase queries'); ib.reqOpenOrders(); },
};
const once = new Set();
const step = (key) => { if (steps[key] && !once.has(key)) { once.add(key); steps[key](); } };

ib.on(EventName.connected, () => print('connected', ib.serverVersion));
ib.on(EventName.managedAccounts, (accounts) => print('accounts', accounts));
ib.on(EventName.info, (message, code) => print('info', code));
ib.on(EventName.error, (error, code, reqId) => print('error', reqId >= 0 ? rel(reqId) : reqId, code, error && error.message));
ib.on(EventName.nextValidId, (id) => {
  print('nextValidId', id);
  if (nextId === undefined) {
    nextId = id;
    step('start');
  }
});
ib.on(EventName.orderStatus, (id, status, filled, remaining, avgFillPrice, permId, parentId, lastFillPrice, ownerId) => {
  print('status', rel(id), status, filled, remaining, avgFillPrice, lastFillPrice, ownerId, parentId ? rel(parentId) : 0);
  step(rel(id) + status);
});
ib.on(EventName.openOrder, (id, contract, o, state) => print('open', rel(id), contract.symbol, o.action,
  o.totalQuantity, o.orderType, o.lmtPrice === undefined ? '-' : o.lmtPrice, o.auxPrice === undefined ? '-' : o.auxPrice,
  state.status));
ib.on(EventName.openOrderEnd, () => { print('openOrderEnd'); ib.reqCompletedOrders(true); });
ib.on(EventName.completedOrder, (contract, o, state) => print('completed', contract.symbol, o.action,
  o.totalQuantity, o.orderType, state.status));
ib.on(EventName.completedOrdersEnd, () => { print('completedOrdersEnd'); ib.reqExecutions(77, { acctCode: account }); });
ib.on(EventName.execDetails, (reqId, contract, e) => print('exec', reqId, contract.symbol, contract.conId,
  rel(e.orderId), e.side, e.shares, e.price, e.cumQty, e.avgPrice, e.acctNumber, e.orderRef || '-', e.execId));
ib.on(EventName.execDetailsEnd, (reqId) => { print('execDetailsEnd', reqId); ib.reqPositions(); });
ib.on(EventName.commissionReport, (r) => print('commission', r.execId, r.commission, r.currency,
  r.realizedPNL === undefined ? '-' : r.realizedPNL));
ib.on(EventName.position, (acct, contract, pos, avgCost) => print('position', acct, contract.symbol, pos, avgCost));
ib.on(EventName.positionEnd, () => {
  print('positionEnd');
  ib.reqAccountSummary(9, 'All', 'NetLiquidation,TotalCashValue,RealizedPnL');
});
ib.on(EventName.accountSummary, (reqId, acct, tag, value, currency) => print('summary', reqId, acct, tag, value, currency));
ib.on(EventName.accountSummaryEnd, (reqId) => { print('accountSummaryEnd', reqId); ib.reqCurrentTime(); });
ib.on(EventName.currentTime, (time) => { print('currentTime', time > 1600000000 ? 'ok' : time); ib.reqMktData(5, aapl, '', true, false); });
ib.on(EventName.tickPrice, (reqId, field, value) => print('tick', reqId, field, value));
ib.on(EventName.tickSnapshotEnd, (reqId) => {
  print('tickSnapshotEnd', reqId);
  print('done');
  ib.disconnect();
  setTimeout(() => process.exit(0), 100);
});

setTimeout(() => { print('timeout'); process.exit(1); }, 20000);
ib.connect();
