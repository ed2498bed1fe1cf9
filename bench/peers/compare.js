// Times Recognizers-Text models and zgcfacts on one file; prints a table with MB/s and ratios.
const fs = require('fs');
const { execFileSync } = require('child_process');
const Numbers = require('@microsoft/recognizers-text-number');
const Unit = require('@microsoft/recognizers-text-number-with-unit');

const [file, zgcfacts] = process.argv.slice(2);
const one = fs.readFileSync(file, 'utf8');
// Ten copies for the fast runs (so process start does not dominate ours), one for the slow one.
const ten = one.repeat(10);
const tenFile = file.replace(/\.txt$/, '') + '-x10.txt';
fs.writeFileSync(tenFile, ten);
const zh = 'zh-cn';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs, text, work) {
  const seconds = [];
  let found = 0;
  for (let i = 0; i < runs; ++i) {
    const start = process.hrtime.bigint();
    found = work(text);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const megabytes = Buffer.byteLength(text) / 1e6;
  return { seconds: median(seconds), found, megabytes, rate: megabytes / median(seconds) };
}

const ours = time(5, ten, () => execFileSync(zgcfacts, ['extract', tenFile], { maxBuffer: 1 << 30 }).toString().split('\n').length - 1);
const numberOnly = time(3, ten, (t) => Numbers.recognizeNumber(t, zh).length);
const seven = time(1, one, (t) =>
  Numbers.recognizeNumber(t, zh).length + Numbers.recognizeOrdinal(t, zh).length +
  Numbers.recognizePercentage(t, zh).length + Unit.recognizeCurrency(t, zh).length +
  Unit.recognizeDimension(t, zh).length + Unit.recognizeAge(t, zh).length +
  Unit.recognizeTemperature(t, zh).length);

const rows = [
  ['zgcfacts extract (clean, scan, attribute, JSONL), whole process', ours],
  ['Recognizers-Text Number model', numberOnly],
  ['Recognizers-Text Number+Ordinal+Percent+Currency+Dimension+Age+Temperature', seven],
];
console.log(`input: the articles of ${file} (${(Buffer.byteLength(one) / 1e6).toFixed(3)} MB), ×10 except for the seven models`);
console.log('| run | MB | seconds | MB/s | mentions | zgcfacts is faster by |');
console.log('|---|---|---|---|---|---|');
for (const [name, r] of rows) {
  const ratio = r === ours ? '1×' : `${(ours.rate / r.rate).toFixed(0)}×`;
  console.log(`| ${name} | ${r.megabytes.toFixed(3)} | ${r.seconds.toFixed(3)} | ${r.rate.toFixed(3)} | ${r.found} | ${ratio} |`);
}
