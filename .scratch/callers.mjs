import fs from 'node:fs';
const dir = '.scratch/prof'; const f = fs.readdirSync(dir)[0];
const p = JSON.parse(fs.readFileSync(`${dir}/${f}`));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const agg = new Map();
for (const n of p.nodes) { if (!(n.callFrame.lineNumber === 11287 || n.callFrame.lineNumber === 11288) || !n.callFrame.url.includes('fast-check')) continue;
  let id = n.id; const chain = [];
  while ((id = parent.get(id)) !== undefined) { const cf = byId.get(id).callFrame; if (cf.url.includes('/src/')) { chain.push(`${cf.functionName}@${cf.url.replace(/.*\/src\//,'')}:${cf.lineNumber+1}`); if (chain.length >= 3) break; } }
  const key = chain.join(' < '); agg.set(key, (agg.get(key) ?? 0) + (dt.get(n.id) ?? 0)); }
for (const [k, v] of [...agg].sort((a,b)=>b[1]-a[1]).slice(0, 8)) console.log((v/1000).toFixed(0).padStart(6), k);
