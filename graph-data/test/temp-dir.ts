import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh temporary folder (`atlas-<prefix>-…`), removed when the test that made it ends, or when
 * its file's tests end if made outside a test: tests leave nothing behind in the system's temp folder.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Outside a test (a file's shared fixture): when the file's tests are done.
    afterAll(remove);
  }
  return dir;
}
