// Gathers the pieces scripts/bench wrote into DIR into ONE JSON document (to --out and stdout)
// and a readable table (stdout), every number next to its target from issue 9.
//   node report.mjs --dir DIR --out FILE.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as c from './common.mjs';

const a = c.args();
const read = (name) => {
  const f = join(a.dir, name);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
};
const meta = read('meta.json');
const sizes = meta.sizes;

// GNU time -v: "Maximum resident set size (kbytes): N".
const peakRss = (size) => {
  const f = join(a.dir, `time-${size}.txt`);
  if (!existsSync(f)) return null;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(f, 'utf8'));
  return m ? Number(m[1]) / 1024 : null;
};

const lectern = { import: {}, search: {}, relevance: null };
const peers = {
  note:
    "The blog's own site search IS PaperMod's Fuse.js search (fastsearch.js) with the options " +
    'listed under fuse.options: "papermod" is it as is, "papermod_ignore_location" the same ' +
    'with ignoreLocation: true. grep is `grep -rilF PREFIX DIR` over one text file per post, a ' +
    'new process per keystroke. Peers run under Node on the same index.json files and the same ' +
    'query prefixes; where a size was sampled the sample is evenly spread over all prefixes.',
  fuse: {},
  grep: {},
};
const ratios = {};
for (const size of sizes) {
  const imp = read(`import-${size}.json`)?.[0];
  if (imp)
    lectern.import[size] = {
      posts: imp.posts,
      total_s: imp.import_total_s,
      import_s: imp.import_s,
      field_split_s: imp.field_split_s,
      cpu_s: imp.import_cpu_s,
      main_thread_cpu_s: imp.import_main_thread_cpu_s,
      peak_rss_mb: peakRss(size),
    };
  const s = read(`search-${size}.json`)?.[0];
  if (s) {
    lectern.search[size] = {
      posts: s.posts,
      content_mb: s.content_mb,
      keystroke_ms: s.keystroke_ms,
      keystroke_cpu_ms: s.keystroke_cpu_ms,
      whole_query_ms: s.whole_query_ms,
      index_mb: s.index_mb,
      library_mb: s.library_mb,
      engine_open_ms: s.engine_open_ms,
    };
    if (s.relevance) lectern.relevance = s.relevance;
  }
  const f = read(`fuse-${size}.json`);
  if (f) peers.fuse[size] = f;
  const g = read(`grep-${size}.json`);
  if (g) peers.grep[size] = g;
  if (s) {
    const r = {};
    const ratio = (k) => (x) => ({
      p50: x.keystroke_ms.p50 / s.keystroke_ms.p50,
      p95: x.keystroke_ms.p95 / s.keystroke_ms.p95,
      max: x.keystroke_ms.max / s.keystroke_ms.max,
    });
    if (f) for (const [v, x] of Object.entries(f.variants)) r[`fuse_${v}`] = ratio(v)(x);
    if (g) r.grep = ratio('grep')(g);
    ratios[size] = r;
  }
}
const render = read('render.json');
const reader = read('reader.json');
const memory = read('memory.json');
Object.assign(lectern, { render, reader, memory });

const targets = [];
// `cpu`: the same measured in CPU time (for import: all threads, and the importing thread),
// shown beside wall time because a busy machine inflates wall time; pass/fail is on wall time.
const target = (name, value, limit, unit, cpu = null) =>
  targets.push({ name, value, target: limit, unit, cpu, pass: value !== null && value !== undefined && value <= limit });
const imp = lectern.import;
const cpuOf = (i, scale) => (i ? `CPU ${(i.cpu_s * scale).toFixed(scale === 1 ? 2 : 0)}, importing thread ${(i.main_thread_cpu_s * scale).toFixed(scale === 1 ? 2 : 0)}` : null);
if (imp.corpus) target('corpus import (import + field split)', imp.corpus.total_s * 1000, 150, 'ms', cpuOf(imp.corpus, 1000));
if (imp['10k']) target('10k import (import + field split)', imp['10k'].total_s, 15, 's', cpuOf(imp['10k'], 1));
const cpuP95 = (s) => `CPU p95 ${s.keystroke_cpu_ms.p95.toFixed(2)}`;
if (lectern.search.corpus) target('search p95 per keystroke, corpus', lectern.search.corpus.keystroke_ms.p95, 1, 'ms', cpuP95(lectern.search.corpus));
if (lectern.search['10k']) target('search p95 per keystroke, 10k', lectern.search['10k'].keystroke_ms.p95, 10, 'ms', cpuP95(lectern.search['10k']));
if (render) target('render largest post with highlighting (median)', render.render_with_context_ms.median, 10, 'ms');
if (reader?.open_cold_ms) target('open post -> loadFinished (p50, cold)', reader.open_cold_ms.p50, 120, 'ms');
if (reader?.start_window_ms) target('process start -> window shown (p50)', reader.start_window_ms.p50, 1500, 'ms');
if (memory) target('app memory with the corpus, all processes', memory.total_mb, 350, 'MB');

const doc = { meta, lectern, peers, ratios_vs_lectern: ratios, targets };
writeFileSync(a.out, JSON.stringify(doc, null, 2) + '\n');

// The table.
const n = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
const lines = [];
const row = (...cols) => lines.push(`| ${cols.join(' | ')} |`);
const head = (...cols) => {
  row(...cols);
  row(...cols.map(() => '---'));
};
lines.push(`Lectern benchmarks, ${meta.date}, commit ${meta.commit}, ${meta.cpus} CPUs, load average ${meta.load_before} before / ${meta.load_after} after${meta.quick ? ', --quick' : ''}`);
lines.push('');
head('target', 'measured (wall)', 'limit', 'result', 'CPU time, same unit');
for (const t of targets) row(t.name, `${n(t.value, t.unit === 's' ? 2 : 1)} ${t.unit}`, `${t.target} ${t.unit}`, t.pass ? 'pass' : 'FAIL', t.cpu ?? '');
lines.push('');
head('size', 'posts', 'import + split', 'of which refresh() after the import', 'CPU (all threads / importing thread)', 'peak RSS', 'library file', 'search index');
for (const size of sizes) {
  const i = lectern.import[size] || {};
  const s = lectern.search[size] || {};
  row(size, i.posts ?? '-', `${n(i.total_s, 3)} s`, `${n(i.field_split_s, 3)} s`, `${n(i.cpu_s, 2)} / ${n(i.main_thread_cpu_s, 2)} s`, `${n(i.peak_rss_mb, 0)} MB`, `${n(s.library_mb, 1)} MB`, `${n(s.index_mb, 1)} MB`);
}
lines.push('');
lines.push('Search latency per keystroke (every prefix of the relevance queries), ms; ratio = peer / Lectern at p50 and p95');
head('size', 'engine', 'prefixes', 'p50', 'p95', 'max', 'ratio p50', 'ratio p95', 'CPU p50 / p95');
for (const size of sizes) {
  const s = lectern.search[size];
  if (s) row(size, 'Lectern (SQLite FTS5, with snippets)', s.keystroke_ms.n, n(s.keystroke_ms.p50, 3), n(s.keystroke_ms.p95, 3), n(s.keystroke_ms.max, 3), '1', '1', `${n(s.keystroke_cpu_ms.p50, 3)} / ${n(s.keystroke_cpu_ms.p95, 3)}`);
  const f = peers.fuse[size];
  if (f)
    for (const [v, x] of Object.entries(f.variants))
      row(size, `Fuse.js ${f.fuse_version} ${v === 'papermod' ? '(PaperMod as is = site search)' : '(PaperMod + ignoreLocation)'}`, `${x.prefixes_measured}/${x.prefixes_total}${x.sampled ? ' sampled' : ''}`, n(x.keystroke_ms.p50), n(x.keystroke_ms.p95), n(x.keystroke_ms.max), n(ratios[size]?.[`fuse_${v}`]?.p50, 1), n(ratios[size]?.[`fuse_${v}`]?.p95, 1));
  const g = peers.grep[size];
  if (g) row(size, 'grep -rilF (new process per key)', `${g.prefixes_measured}/${g.prefixes_total}${g.sampled ? ' sampled' : ''}`, n(g.keystroke_ms.p50), n(g.keystroke_ms.p95), n(g.keystroke_ms.max), n(ratios[size]?.grep?.p50, 1), n(ratios[size]?.grep?.p95, 1));
}
lines.push('');
lines.push('Relevance on the real corpus (tests/data/relevance, judgements of tst_relevance), full queries, top 10');
head('engine', 'set', 'queries', 'P@1', 'MRR@10');
const relRows = (engine, rel) => {
  if (rel) for (const [set, r] of Object.entries(rel)) row(engine, set, r.n, n(r.p1, 3), n(r.mrr10, 3));
};
relRows('Lectern', lectern.relevance);
for (const [v, x] of Object.entries(peers.fuse.corpus?.variants || {})) relRows(`Fuse.js ${v}`, x.relevance);
lines.push('');
if (render) lines.push(`Render: ${render.post} (${render.post_chars} characters): median ${n(render.render_with_context_ms.median, 3)} ms with the library context, ${n(render.render_ms.median, 3)} ms render alone, first (cold, loads the syntax repository) ${n(render.cold_ms, 1)} ms`);
if (reader) lines.push(`Reader (xvfb): open largest post -> loadFinished p50 ${n(reader.open_cold_ms?.p50, 1)} ms cold / ${n(reader.open_warm_ms?.p50, 1)} ms warm (p95 ${n(reader.open_cold_ms?.p95, 1)} / ${n(reader.open_warm_ms?.p95, 1)}); start -> window p50 ${n(reader.start_window_ms?.p50, 0)} ms, -> WebEngine ${n(reader.start_webengine_ms?.p50, 0)} ms, -> first page ${n(reader.start_first_page_ms?.p50, 0)} ms; keystroke -> results painted p50 ${n(reader.keystroke_window_ms?.p50, 2)} ms, p95 ${n(reader.keystroke_window_ms?.p95, 2)} ms`);
if (memory) lines.push(`Memory: ${memory.process_count} processes, ${memory.measure}: ${n(memory.pss_total_mb, 1)} MB PSS (RSS sum ${n(memory.rss_total_mb, 1)} MB), ${memory.settle_s} s after the first article; ${memory.processes.map((p) => `${p.name} ${n(p.pss_mb ?? p.rss_mb, 0)}`).join(', ')}`);
lines.push(peers.note);
process.stdout.write(JSON.stringify(doc, null, 2) + '\n\n' + lines.join('\n') + '\n');
writeFileSync(join(a.dir, 'table.md'), lines.join('\n') + '\n');
