// What writing kbaudit's JSON report costs Node.js alone: reads a report that kbaudit wrote (one server
// object a line), parses every server object, then times only turning those objects back into compact
// JSON and writing them to a file. The report is about three times the size of the inventory it came
// from (every finding carries its rule trail and remediation), so this is the part of an audit that no
// reading of the input can avoid. Usage: node src/bench/node-report.js REPORT.json [OUT]
'use strict';
const fs = require('fs');
const [report, out = report + '.node-copy'] = process.argv.slice(2);
if (!report) {
  console.error('usage: node src/bench/node-report.js REPORT.json [OUT]');
  process.exit(2);
}
// The report is larger than Node's longest string: split the bytes into lines first.
const bytes = fs.readFileSync(report);
const servers = [];
for (let start = 0; start < bytes.length;) {
  let end = bytes.indexOf(10, start);
  if (end < 0) end = bytes.length;
  const line = bytes.toString('utf8', start, end).trim();
  if (line.startsWith('{"host"')) servers.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
  start = end + 1;
}
const began = process.hrtime.bigint();
const fd = fs.openSync(out, 'w');
let batch = [];
for (const server of servers) {
  batch.push(JSON.stringify(server));
  if (batch.length === 1000) {
    fs.writeSync(fd, batch.join(',\n') + ',\n');
    batch = [];
  }
}
fs.writeSync(fd, batch.join(',\n') + '\n');
fs.closeSync(fd);
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
const size = fs.statSync(out).size;
fs.unlinkSync(out);
console.log(`${seconds.toFixed(2)} s to stringify and write ${servers.length} findings (${(size / 1e6).toFixed(0)} MB)`);
