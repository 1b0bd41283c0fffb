// Shared by the Node side of scripts/bench: the query sets of tests/data/relevance read as
// tst_relevance and bench_search read them, every prefix of them, and the same percentiles.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export function args(argv = process.argv.slice(2)) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i].startsWith('--')) {
      const key = argv[i].slice(2);
      const value = i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : true;
      if (key in out) out[key] = [].concat(out[key], value);
      else out[key] = value;
    } else out._.push(argv[i]);
  }
  return out;
}

// Lines "kind<TAB>query<TAB>slug|slug", '#' comments and blank lines skipped.
export function readQueries(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const cols = l.split('\t');
      return {
        set: basename(file).replace(/\.[^.]*$/, ''),
        kind: cols[0],
        text: cols.length >= 2 ? cols[1] : cols[0],
        expected: cols.length >= 3 ? cols[2].split('|') : [],
      };
    });
}

// Every prefix of every query, as bench_search types them (QString::left(n), n = 1..length).
export function prefixes(queries) {
  const list = [];
  for (const q of queries) for (let n = 1; n <= q.text.length; ++n) list.push(q.text.slice(0, n));
  return list;
}

// An evenly spaced, deterministic sample of at most `max` items.
export function sample(list, max) {
  if (!max || list.length <= max) return list;
  const out = [];
  for (let i = 0; i < max; ++i) out.push(list[Math.floor((i * list.length) / max)]);
  return out;
}

// Nearest rank on (n - 1), as bench_search's percentile().
export function percentile(values, p) {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(p * (v.length - 1) + 0.5))];
}

export function distribution(values) {
  return {
    n: values.length,
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    p99: percentile(values, 0.99),
    max: percentile(values, 1),
  };
}

// P@1 and MRR@10 as tst_relevance counts them: the rank of the first of the top 10 permalinks
// that ends in /<slug>/ for any expected slug.
export function relevance(queries, top10) {
  let n = 0, p1 = 0, mrr = 0;
  for (const q of queries) {
    if (!q.expected.length) continue;
    const permalinks = top10(q.text).slice(0, 10);
    let rank = 0;
    for (let i = 0; i < permalinks.length && !rank; ++i)
      if (q.expected.some((slug) => permalinks[i].endsWith(`/${slug}/`))) rank = i + 1;
    ++n;
    if (rank === 1) ++p1;
    if (rank > 0) mrr += 1 / rank;
  }
  return { n, p1: n ? p1 / n : 0, mrr10: n ? mrr / n : 0 };
}

export function relevanceBySet(queries, top10) {
  const result = {};
  for (const set of [...new Set(queries.map((q) => q.set))])
    result[set] = relevance(queries.filter((q) => q.set === set), top10);
  result.all = relevance(queries, top10);
  return result;
}

export const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
