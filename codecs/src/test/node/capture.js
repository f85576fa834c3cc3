'use strict';
// Drives @stoqey/ib (the independent TWS client) against a byte-capturing loopback server and
// prints every request frame it sends, one line each: name, TAB, the fields separated by US (0x1f).
// Run by io.ringfence.codecs.tws.StoqeyGoldenIT, which encodes the same requests with our codec and
// compares them field by field. The server answers the handshake with version 193 and sends
// NEXT_VALID_ID after START_API (@stoqey/ib holds its request queue until then).
const net = require('net');
const { IBApi, EventName } = require('@stoqey/ib');

const ACCOUNT = 'DU123456';
const contract = {
  conId: 0, symbol: 'AAPL', secType: 'STK', lastTradeDateOrContractMonth: '', strike: 0, right: '',
  multiplier: '', exchange: 'SMART', primaryExch: 'NASDAQ', currency: 'USD', localSymbol: '', tradingClass: '',
  secIdType: '', secId: '',
};

// IB Java's Order defaults, so that unset fields are written as IB's own client writes them.
function order(fields) {
  return Object.assign({
    action: 'BUY', totalQuantity: 100, orderType: 'MKT', tif: 'DAY', ocaGroup: '', account: ACCOUNT, openClose: '',
    origin: 0, orderRef: '', transmit: true, parentId: 0, blockOrder: false, sweepToFill: false, displaySize: 0,
    triggerMethod: 0, outsideRth: false, hidden: false, discretionaryAmt: 0, shortSaleSlot: 0,
    designatedLocation: '', exemptCode: -1, ocaType: 0, allOrNone: false, eTradeOnly: false, firmQuoteOnly: false,
    auctionStrategy: 0, overridePercentageConstraints: false, continuousUpdate: 0, optOutSmartRouting: false,
    notHeld: false, whatIf: false, solicited: false, randomizeSize: false, randomizePrice: false,
    adjustableTrailingUnit: 0, dontUseAutoPriceForHedge: false, isOmsContainer: false,
    discretionaryUpToLimitPrice: false, autoCancelParent: false, professionalCustomer: false,
    includeOvernight: false,
  }, fields);
}

const requests = [
  ['MKT', (ib) => ib.placeOrder(1001, contract, order({ orderType: 'MKT', orderRef: 'k-MKT' }))],
  ['LMT', (ib) => ib.placeOrder(1002, contract, order({ orderType: 'LMT', lmtPrice: 150.25, tif: 'GTC', orderRef: 'k-LMT' }))],
  ['STP', (ib) => ib.placeOrder(1003, contract, order({ action: 'SELL', orderType: 'STP', auxPrice: 140.5, orderRef: 'k-STP' }))],
  ['STP LMT', (ib) => ib.placeOrder(1004, contract, order({ action: 'SELL', orderType: 'STP LMT', lmtPrice: 139.9, auxPrice: 140.5, tif: 'IOC', orderRef: 'k-STPLMT' }))],
  ['TRAIL', (ib) => ib.placeOrder(1005, contract, order({ action: 'SELL', orderType: 'TRAIL', auxPrice: 1.5, trailStopPrice: 148, orderRef: 'k-TRAIL', outsideRth: true }))],
  ['TRAIL LIMIT', (ib) => ib.placeOrder(1006, contract, order({ action: 'SELL', orderType: 'TRAIL LIMIT', auxPrice: 2, trailStopPrice: 147.5, lmtPriceOffset: 0.1, orderRef: 'k-TRAILLMT' }))],
  ['BRACKET parent', (ib) => ib.placeOrder(1007, contract, order({ orderType: 'LMT', lmtPrice: 150, transmit: false, orderRef: 'k-P' }))],
  ['BRACKET take-profit', (ib) => ib.placeOrder(1008, contract, order({ action: 'SELL', orderType: 'LMT', lmtPrice: 155, parentId: 1007, transmit: false, ocaGroup: 'oca-1007', ocaType: 1, orderRef: 'k-TP' }))],
  ['BRACKET stop-loss', (ib) => ib.placeOrder(1009, contract, order({ action: 'SELL', orderType: 'STP', auxPrice: 145, parentId: 1007, transmit: true, ocaGroup: 'oca-1007', ocaType: 1, orderRef: 'k-SL' }))],
  ['cancel', (ib) => ib.cancelOrder(1002)],
  ['reqIds', (ib) => ib.reqIds(1)],
  ['reqOpenOrders', (ib) => ib.reqOpenOrders()],
  ['reqAllOpenOrders', (ib) => ib.reqAllOpenOrders()],
  ['reqCompletedOrders', (ib) => ib.reqCompletedOrders(true)],
  ['reqExecutions', (ib) => ib.reqExecutions(42, { clientId: 7, acctCode: ACCOUNT, time: '20240102-09:30:00', symbol: 'AAPL', secType: 'STK', exchange: 'SMART', side: 'BUY' })],
  ['reqPositions', (ib) => ib.reqPositions()],
  ['reqAccountSummary', (ib) => ib.reqAccountSummary(9, 'All', 'NetLiquidation,TotalCashValue')],
  ['reqCurrentTime', (ib) => ib.reqCurrentTime()],
  ['reqGlobalCancel', (ib) => ib.reqGlobalCancel()],
  ['reqMktData snapshot', (ib) => ib.reqMktData(5, contract, '', true, false)],
];

function frame(fields) {
  const payload = Buffer.from(fields.map((f) => f + '\0').join(''), 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(payload.length);
  return Buffer.concat([length, payload]);
}

const captured = [];
const server = net.createServer((socket) => {
  let buffer = Buffer.alloc(0);
  let helloDone = false;
  socket.on('data', (data) => {
    buffer = Buffer.concat([buffer, data]);
    if (!helloDone) {
      if (buffer.length < 8) return;
      const length = buffer.readUInt32BE(4);
      if (buffer.length < 8 + length) return;
      buffer = buffer.subarray(8 + length);
      helloDone = true;
      socket.write(frame(['193', '20240102 09:30:00 EST']));
    }
    while (buffer.length >= 4) {
      const length = buffer.readUInt32BE(0);
      if (buffer.length < 4 + length) return;
      const payload = buffer.subarray(4, 4 + length).toString('latin1');
      buffer = buffer.subarray(4 + length);
      const fields = payload.split('\0');
      fields.pop();
      if (fields[0] === '71') {
        socket.write(frame(['15', '1', ACCOUNT]));
        socket.write(frame(['9', '1', '1']));
        continue;
      }
      captured.push(fields);
      if (captured.length === requests.length) {
        const lines = requests.map(([name], i) => name + '\t' + captured[i].join('\x1f'));
        process.stdout.write(lines.join('\n') + '\n');
        socket.destroy();
        server.close();
        process.exit(0);
      }
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  const ib = new IBApi({ host: '127.0.0.1', port: server.address().port, maxReqPerSec: 50 });
  ib.on(EventName.error, (err, code, reqId) => process.stderr.write(`error ${code} ${reqId} ${err && err.message}\n`));
  ib.once(EventName.nextValidId, () => {
    for (const [, send] of requests) {
      send(ib);
    }
  });
  ib.connect(7);
});

setTimeout(() => {
  process.stderr.write(`timeout: captured ${captured.length} of ${requests.length} frames\n`);
  process.exit(2);
}, 15000);
