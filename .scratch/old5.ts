import { errorBody } from '../src/emulator/wire/errorBody.js';
import { benchId } from '../bench/_internals/ids.js';
const kind = process.argv[2];
console.error('START');
let x = 0;
for (let i = 0; i < 200000; i++) {
  const msg = `Active voice tone analysis task ${benchId(i)} was not found.`;
  if (kind === 'eb') x += Object.keys(errorBody('media-pipelines', 'NotFoundException', msg, benchId(i))).length;
  if (kind === 'ebs') x += JSON.stringify(errorBody('media-pipelines', 'NotFoundException', msg, benchId(i))).length;
  if (kind === 'lit') x += JSON.stringify({ Code: 'NotFound', Message: msg, RequestId: benchId(i) }).length;
  if (kind === 'msg') x += msg.length;
  if (kind === 'spread') x += JSON.stringify({ ...{ Code: 'NotFound' }, Message: msg, RequestId: benchId(i) }).length;
}
console.log(x);
