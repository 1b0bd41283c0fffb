// Steady-state memory of the Lectern window with a library open: starts the real binary (under
// a display, e.g. xvfb-run), waits for its first article, lets it settle, then sums the memory
// of its whole process tree from /proc (the WebEngine zygote, renderer, GPU and utility
// processes included): PSS where /proc/PID/smaps_rollup is readable, RSS otherwise (said so).
//   node memory.mjs --binary LECTERN --db FILE [--open PERMALINK] [--settle-s 5] --home DIR --out FILE
//                   [--detail N]
// --detail N: also the N largest mappings of each process by PSS (from /proc/PID/smaps, the
// anonymous ones named [anon]), to see where the memory goes.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as c from './common.mjs';

const a = c.args();
const settleMs = Number(a['settle-s'] || 5) * 1000;
mkdirSync(a.home, { recursive: true });
const env = {
  ...process.env,
  LECTERN_TIMING: '1',
  HOME: a.home,
  XDG_CONFIG_HOME: join(a.home, 'config'),
  XDG_DATA_HOME: join(a.home, 'data'),
  XDG_CACHE_HOME: join(a.home, 'cache'),
};
const argv = ['--db', a.db, '--fresh'];
if (a.open) argv.push('--open', a.open);
const started = process.hrtime.bigint();
const child = spawn(a.binary, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
const loaded = new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no article after 60 s:\n${stderr}`)), 60000);
  child.stderr.on('data', (d) => {
    stderr += d;
    if (/lectern timing: first article loaded/.test(stderr)) {
      clearTimeout(timer);
      resolve();
    }
  });
  child.on('exit', (code) => reject(new Error(`lectern exited (${code}):\n${stderr}`)));
});

function children() {
  const byParent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(d));
    } catch {}
  }
  return byParent;
}

function kb(text, field) {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : null;
}

// PSS (MB) per mapping name of one process, largest first.
function mappings(pid, n) {
  const byName = new Map();
  let name = null;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      name = head[1] || '[anon]';
      continue;
    }
    const pss = /^Pss:\s+(\d+) kB/.exec(line);
    if (pss && name !== null) byName.set(name, (byName.get(name) || 0) + Number(pss[1]) / 1024);
  }
  return [...byName.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([mapping, mb]) => ({ mapping, pss_mb: Math.round(mb * 10) / 10 }));
}

function measure(root) {
  const byParent = children();
  const tree = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.shift();
    tree.push(pid);
    todo.push(...(byParent.get(pid) || []));
  }
  const processes = [];
  for (const pid of tree) {
    let name = '?', rss = null, pss = null;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      name = /^Name:\s+(.*)$/m.exec(status)[1];
      rss = kb(status, 'VmRSS');
    } catch {
      continue;
    }
    try {
      pss = kb(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
    } catch {}
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      const type = /--type=(\S+)/.exec(cmd);
      if (type) name += ` (${type[1]})`;
    } catch {}
    const entry = { pid, name, rss_mb: rss / 1024, pss_mb: pss === null ? null : pss / 1024 };
    if (a.detail) {
      try {
        entry.mappings = mappings(pid, Number(a.detail));
      } catch {}
    }
    processes.push(entry);
  }
  return processes;
}

try {
  await loaded;
  const loadedMs = c.ms(started);
  await new Promise((r) => setTimeout(r, settleMs));
  const processes = measure(child.pid);
  const allPss = processes.every((p) => p.pss_mb !== null);
  const sum = (k) => processes.reduce((s, p) => s + (p[k] ?? p.rss_mb), 0);
  const result = {
    processes,
    process_count: processes.length,
    first_article_ms: loadedMs,
    settle_s: settleMs / 1000,
    pss_total_mb: sum('pss_mb'),
    rss_total_mb: sum('rss_mb'),
    measure: allPss ? 'PSS' : 'PSS where readable, RSS for the rest',
    total_mb: sum('pss_mb'),
  };
  writeFileSync(a.out, JSON.stringify(result, null, 2));
  process.stderr.write(
    `memory: ${processes.length} processes, PSS ${result.pss_total_mb.toFixed(1)} MB, RSS ${result.rss_total_mb.toFixed(1)} MB\n`,
  );
} finally {
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
}
