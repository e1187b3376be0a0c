/** The name erasure leaves (packages/server: volunteer-privacy.service.ts). */
export const ERASED_NAME = 'Изтрит доброволец';

export function isErased(volunteer: {
  name: string;
  contact?: { email?: string | null; phone?: string | null } | null;
}) {
  return volunteer.name === ERASED_NAME && !volunteer.contact?.email && !volunteer.contact?.phone;
}

/**
 * "volunteer-3f2a9c1e-2025-06-01.json": the record and the day, not the person's name, so the
 * file name in a downloads folder discloses no one.
 */
export function exportFileName(id: string, now: Date = new Date()): string {
  const short = id.replace(/[^0-9a-zA-Z]/g, '').slice(0, 8) || 'data';
  return `volunteer-${short}-${now.toISOString().slice(0, 10)}.json`;
}

/** The export as a readable JSON document. */
export function exportJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Erasure is confirmed by typing the volunteer's name (case and spacing aside). */
export function confirmsErasure(typed: string, name: string): boolean {
  const norm = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('bg');
  return norm(name) !== '' && norm(typed) === norm(name);
}
