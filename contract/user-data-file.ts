import { migrateUserData, USER_DATA_VERSION, UserData } from './user-data';

/**
 * How a stored user-data document reads, shared by the desktop store (a file) and the browser
 * store (localStorage) so both recover the same way and tell the user the same thing.
 */
export type UserDataReading =
  /** `migratedFrom` is the version the text was written in, when older than this build's. */
  | { kind: 'ok'; data: UserData; migratedFrom?: number }
  | { kind: 'newer'; version: number }
  /** `reason` is a short phrase for a sentence: "the file was empty", "not valid JSON", ... */
  | { kind: 'damaged'; reason: string };

/** Classifies the text of a stored user-data document. */
export function readUserDataText(text: string): UserDataReading {
  if (text.trim() === '') return { kind: 'damaged', reason: 'it was empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const cutOff = /end of JSON|Unterminated/i.test(message) && /^\s*[[{]/.test(text);
    return { kind: 'damaged', reason: cutOff ? 'it was cut off before the end' : 'not valid JSON' };
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > USER_DATA_VERSION) {
    return { kind: 'newer', version };
  }
  const parsed = UserData.safeParse(migrateUserData(json));
  if (!parsed.success) {
    return {
      kind: 'damaged',
      reason: 'its contents did not match what this version of Service Atlas expects',
    };
  }
  if (typeof version === 'number' && version < USER_DATA_VERSION) {
    return { kind: 'ok', data: parsed.data, migratedFrom: version };
  }
  return { kind: 'ok', data: parsed.data };
}

/** Local time as "2025-11-23 14:05", for sentences the user reads. */
export function formatLocalTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** A UTC timestamp safe in file names and storage keys: "2025-11-23T14-05-09-123Z". */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** What was restored in place of unreadable data: a backup (with its time) or nothing. */
export type Restored = { from: 'backup'; savedAt: Date | null } | { from: 'empty' };

function restoredPhrase(restored: Restored): string {
  if (restored.from === 'empty') return 'empty data';
  return restored.savedAt ? `the backup from ${formatLocalTime(restored.savedAt)}` : 'the last backup';
}

/** The notice for damaged data that was moved aside. `keptAs` names where the damaged copy is now. */
export function damagedNotice(reason: string, restored: Restored, keptAs: string): string {
  if (restored.from === 'backup') {
    return `Your saved data could not be read (${reason}); ${restoredPhrase(restored)} was restored and the damaged data was kept as ${keptAs}.`;
  }
  return `Your saved data could not be read (${reason}) and no usable backup was found, so Service Atlas started with empty data; the damaged data was kept as ${keptAs}.`;
}

/** The notice for data written by a newer version, which this version never overwrites. */
export function newerVersionNotice(version: number, restored: Restored): string {
  return (
    `Your saved data was written by a newer version of Service Atlas (data version ${version}; this version reads version ${USER_DATA_VERSION}). ` +
    `It was left untouched and Service Atlas started with ${restoredPhrase(restored)}; changes you make now will not be saved. Update Service Atlas to keep working with your data.`
  );
}

/** Why a save was refused when the stored data belongs to a newer version. */
export function newerVersionSaveRefusal(version: number): string {
  return `Your changes were not saved: your saved data was written by a newer version of Service Atlas (data version ${version}) and this version never overwrites it. Update Service Atlas to keep your changes.`;
}
