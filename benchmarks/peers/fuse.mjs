// The blog's own site search: PaperMod's fastsearch.js runs Fuse.js in the browser with the
// options below (as issue 9 lists them), on every keyup, over the same index.json Lectern
// imports. Measured here under Node on the same corpora and query prefixes as bench_search,
// as is and with ignoreLocation: true. Only fuse.search() is timed (PaperMod also builds the
// result list's HTML: not counted, in Fuse's favour).
//   node fuse.mjs --modules DIR --index FILE --name NAME --queries F... --out FILE
//                 [--max-prefixes N] [--budget-s S] [--relevance]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as c from './common.mjs';

const a = c.args();
const require = createRequire(resolve(a.modules, 'package.json'));
const Fuse = require('fuse.js');
const version = JSON.parse(
  readFileSync(resolve(a.modules, 'node_modules', 'fuse.js', 'package.json'), 'utf8'),
).version;

const paperMod = {
  isCaseSensitive: false,
  shouldSort: true,
  location: 0,
  distance: 100,
  threshold: 0.4,
  minMatchCharLength: 0,
  keys: ['title', 'permalink', 'summary', 'content'],
};
const variants = {
  papermod: paperMod,
  papermod_ignore_location: { ...paperMod, ignoreLocation: true },
};

const posts = JSON.parse(readFileSync(a.index, 'utf8'));
const queries = [].concat(a.queries).flatMap(c.readQueries);
const all = c.prefixes(queries);
const chosen = c.sample(all, Number(a['max-prefixes'] || 0));
const budgetMs = Number(a['budget-s'] || 0) * 1000;

const result = { name: a.name, posts: posts.length, fuse_version: version, variants: {} };
for (const [name, options] of Object.entries(variants)) {
  let t = process.hrtime.bigint();
  const fuse = new Fuse(posts, options);
  const buildMs = c.ms(t);
  const times = [];
  const started = process.hrtime.bigint();
  for (const prefix of chosen) {
    t = process.hrtime.bigint();
    fuse.search(prefix.trim()); // PaperMod: fuse.search(this.value.trim())
    times.push(c.ms(t));
    if (budgetMs && c.ms(started) > budgetMs) break;
  }
  const v = {
    options,
    index_build_ms: buildMs,
    prefixes_total: all.length,
    prefixes_measured: times.length,
    sampled: times.length < all.length,
    keystroke_ms: c.distribution(times),
  };
  if (a.relevance)
    v.relevance = c.relevanceBySet(queries, (text) =>
      fuse.search(text.trim(), { limit: 10 }).map((r) => r.item.permalink),
    );
  result.variants[name] = v;
  process.stderr.write(
    `fuse ${name} ${a.name}: ${times.length}/${all.length} prefixes, p50 ${v.keystroke_ms.p50.toFixed(2)} ms, p95 ${v.keystroke_ms.p95.toFixed(2)} ms\n`,
  );
}
writeFileSync(a.out, JSON.stringify(result, null, 2));
