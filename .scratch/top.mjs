import fs from 'node:fs';
const dir = '.scratch/prof'; const f = fs.readdirSync(dir)[0];
const p = JSON.parse(fs.readFileSync(`${dir}/${f}`));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const total = [...dt.values()].reduce((a,b)=>a+b,0);
for (const n of p.nodes) { const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//,'nm/').replace(/.*work\/main\//,'')}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0)); }
// aggregate by package/file
const byFile = new Map(); for (const [k, v] of self) { const file = k.split(' ')[1].replace(/:\d+$/, '').replace(/^(nm\/(@[^/]+\/)?[^/]+).*/, '$1'); byFile.set(file, (byFile.get(file) ?? 0) + v); }
console.log('total ms', (total/1000).toFixed(0));
for (const [k, v] of [...byFile].sort((a,b)=>b[1]-a[1]).slice(0, 25)) console.log((v/1000).toFixed(0).padStart(6), k);
console.log('---- top functions');
for (const [k, v] of [...self].sort((a,b)=>b[1]-a[1]).slice(0, 25)) console.log((v/1000).toFixed(0).padStart(6), k);
