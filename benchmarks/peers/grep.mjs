// Plain scanning baseline: the posts' text exported to one file per post, then
// `grep -rilF PREFIX DIR` per keystroke prefix (a new process each time, as a shell user would;
// -F so a prefix is text, not a pattern). Same corpora and prefixes as bench_search.
//   node grep.mjs --index FILE --name NAME --dir EXPORT_DIR --queries F... --out FILE
//                 [--max-prefixes N] [--budget-s S]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as c from './common.mjs';

const a = c.args();
const posts = JSON.parse(readFileSync(a.index, 'utf8'));
rmSync(a.dir, { recursive: true, force: true });
mkdirSync(a.dir, { recursive: true });
posts.forEach((p, i) =>
  writeFileSync(
    join(a.dir, `${String(i).padStart(5, '0')}.txt`),
    `${p.title}\n${p.summary}\n${p.content}\n`,
  ),
);
const queries = [].concat(a.queries).flatMap(c.readQueries);
const all = c.prefixes(queries);
const chosen = c.sample(all, Number(a['max-prefixes'] || 0));
const budgetMs = Number(a['budget-s'] || 0) * 1000;
// Warm the page cache once, as the other engines have their data in memory.
spawnSync('grep', ['-rilF', '--', 'warm', a.dir]);
const times = [];
const started = process.hrtime.bigint();
for (const prefix of chosen) {
  const t = process.hrtime.bigint();
  const r = spawnSync('grep', ['-rilF', '--', prefix, a.dir], { maxBuffer: 1 << 26 });
  times.push(c.ms(t));
  if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed on "${prefix}": ${r.stderr}`);
  if (budgetMs && c.ms(started) > budgetMs) break;
}
const grepVersion = spawnSync('grep', ['--version']).stdout.toString().split('\n')[0];
const result = {
  name: a.name,
  posts: posts.length,
  grep: grepVersion,
  locale: process.env.LC_ALL || process.env.LANG || 'C',
  prefixes_total: all.length,
  prefixes_measured: times.length,
  sampled: times.length < all.length,
  keystroke_ms: c.distribution(times),
};
process.stderr.write(
  `grep ${a.name}: ${times.length}/${all.length} prefixes, p50 ${result.keystroke_ms.p50.toFixed(2)} ms\n`,
);
writeFileSync(a.out, JSON.stringify(result, null, 2));
