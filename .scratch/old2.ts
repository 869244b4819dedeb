import v8 from 'node:v8';
import { benchId } from '../bench/_internals/ids.js';
import { errorBody } from '../src/emulator/wire/errorBody.js';
const old = () => (v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size / 1e6);
function measure(name: string, f: (i: number) => number) {
  for (let i = 0; i < 20000; i++) f(i);
  const before = old(); let x = 0;
  for (let i = 0; i < 200000; i++) x += f(i);
  console.log(name.padEnd(30), ((old() - before) * 1e6 / 200000).toFixed(0), 'B/iter', x % 7);
}
measure('stringify literal', (i) => JSON.stringify({ Code: 'NotFound', Message: `Active task ${i} was not found.`, RequestId: benchId(i) }).length);
measure('errorBody only', (i) => Object.keys(errorBody('media-pipelines', 'NotFoundException', `Active task ${i} was not found.`, benchId(i))).length);
measure('errorBody+stringify', (i) => JSON.stringify(errorBody('media-pipelines', 'NotFoundException', `Active task ${i} was not found.`, benchId(i))).length);
measure('benchId', (i) => benchId(i).length);
measure('template', (i) => `Active task ${i} was not found.`.length);
measure('spread', (i) => { const c = i % 2 ? 'NotFound' : undefined; return Object.keys({ ...(c ? { Code: c } : {}), Message: 'm', RequestId: 'r' }).length; });
