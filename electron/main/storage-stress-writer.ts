// Child process for the SIGKILL test in storage.test.ts: saves numbered documents as fast as it
// can until it is killed. Run with `node --import tsx storage-stress-writer.ts <dir> <first>`.
import { emptyUserData, type UserData } from '../../contract/user-data';
import { createUserDataStore } from './storage';

/** Document number `n`: large enough (~60 kB) that a kill often lands in the middle of a write. */
export function stressDocument(n: number): UserData {
  const data = emptyUserData();
  data.bookmarks = Array.from({ length: 600 }, (_, i) => `doc-${n}-bookmark-${i}`);
  data.positions = {
    fcose: Object.fromEntries(
      Array.from({ length: 600 }, (_, i) => [`node-${i}`, { x: n + i, y: n * 2 - i }]),
    ),
  };
  return data;
}

async function main(dir: string, first: number): Promise<void> {
  const store = createUserDataStore(dir);
  process.send?.('ready');
  for (let n = first; ; n += 1) {
    await store.save(stressDocument(n));
    process.send?.({ saved: n });
  }
}

if (process.argv[1] && /storage-stress-writer\.ts$/.test(process.argv[1])) {
  void main(process.argv[2] ?? '.', Number(process.argv[3] ?? '1'));
}
