// The independent witness: @stoqey/ib 1.6.10 (strict about field counts) trades against the paper
// gateway and prints one line per event, order ids relative to the first valid id.
// Usage: node witness.js <port> <clientId>. Exits 0 when done.
'use strict';
const { IBApi, EventName, OrderAction, OrderType, SecType } = require('@stoqey/ib');

const [port, clientId] = process.argv.slice(2).map(Number);
const ib = new IBApi({ host: '127.0.0.1', port, clientId });
const aapl = { symbol: 'AAPL', secType: SecType.STK, exchange: 'SMART', currency: 'USD' };
const print = (...fields) => console.log(fields.join(' '));
let nextId;

const steps = {
  start: () => ib.placeOrder(nextId, aapl,
    { action: OrderAction.BUY, orderType: OrderType.MKT, totalQuantity: 10, account: 'DU8730189', transmit: true, orderRef: 'witness' }),
  filled: () => ib.placeOrder(nextId + 1, aapl,
    { action: OrderAction.SELL, orderType: OrderType.LMT, lmtPrice: 250.5, totalQuantity: 5, account: 'DU8730189', transmit: true, tif: 'GTC' }),
  resting: () => ib.cancelOrder(nextId + 1),
  cancelled: () => ib.placeOrder(nextId + 2, aapl,
    { action: OrderAction.BUY, orderType: OrderType.MKT, totalQuantity: 1, account: 'DU0000000', transmit: true }),
  rejected: () => { print('done'); ib.disconnect(); setTimeout(() => process.exit(0), 100); },
};

ib.on(EventName.connected, () => print('connected', ib.serverVersion));
ib.on(EventName.managedAccounts, (accounts) => print('accounts', accounts));
ib.on(EventName.info, (message, code) => print('info', code));
ib.on(EventName.error, (error, code, reqId) => print('error', reqId >= 0 ? reqId - nextId : reqId, code, error && error.message));
ib.on(EventName.nextValidId, (id) => {
  print('nextValidId', id);
  if (nextId === undefined) {
    nextId = id;
    steps.start();
  }
});
ib.on(EventName.orderStatus, (id, status, filled, remaining, avgFillPrice, permId, parentId, lastFillPrice, ownerId) => {
  print('status', id - nextId, status, filled, remaining, avgFillPrice, lastFillPrice, ownerId);
  const step = { '0Filled': 'filled', '1Submitted': 'resting', '1Cancelled': 'cancelled', '2Inactive': 'rejected' }[(id - nextId) + status];
  if (step) steps[step]();
});
ib.on(EventName.execDetails, (reqId, contract, execution) => print('exec', reqId, contract.symbol, contract.conId,
  execution.orderId - nextId, execution.side, execution.shares, execution.price, execution.cumQty, execution.avgPrice,
  execution.acctNumber, execution.orderRef, execution.execId));
ib.on(EventName.commissionReport, (report) => print('commission', report.execId, report.commission, report.currency));

setTimeout(() => { print('timeout'); process.exit(1); }, 15000);
ib.connect();
