// wink-nlp's readDoc + entities + sentences over every .txt file in a folder, on one thread.
// Prints one JSON line: bytes, seconds (one entry per timed pass, processing only, after a warm-up), maxRssMB,
// sentences and entities (of the last pass).
// Usage: node wink.mjs CORPUS_FOLDER [PASSES]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const folder = process.argv[2];
const passes = Number(process.argv[3] ?? 1);
if (!folder || !Number.isInteger(passes) || passes < 1) {
  console.error('usage: node wink.mjs CORPUS_FOLDER [PASSES]');
  process.exit(2);
}
const nlp = winkNLP(model);
const texts = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(folder, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

let sentences = 0;
let entities = 0;
function run(text) {
  const doc = nlp.readDoc(text);
  entities += doc.entities().out().length;
  sentences += doc.sentences().out().length;
}

// Warm-up on the same share of the corpus as Tally's, so both are measured with hot JITs.
for (const t of texts.slice(0, Math.max(200, Math.floor(texts.length / 10)))) run(t);
const seconds = [];
for (let pass = 0; pass < passes; pass++) {
  sentences = entities = 0;
  const start = process.hrtime.bigint();
  for (const t of texts) run(t);
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ bytes, seconds, maxRssMB, sentences, entities }));
