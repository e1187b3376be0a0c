import { unzipSync } from 'fflate';

/** The kinds of file Obmen keeps, as their content shows them. */
export type FileKind = 'pdf' | 'docx' | 'odt' | 'png' | 'jpeg' | 'gif' | 'webp';

export interface FileType {
  kind: FileKind;
  mediaType: string;
  /** The extensions a name of this type may end in; the first is added when it ends otherwise. */
  extensions: readonly string[];
  /** Browsers may show it in a tab (never HTML or SVG: they could run script on this origin). */
  inline: boolean;
  /** Whether it has text to extract. */
  text: boolean;
}

const TYPES: Record<FileKind, FileType> = {
  pdf: { kind: 'pdf', mediaType: 'application/pdf', extensions: ['pdf'], inline: true, text: true },
  docx: {
    kind: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    inline: false,
    text: true,
  },
  odt: {
    kind: 'odt',
    mediaType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    inline: false,
    text: true,
  },
  png: { kind: 'png', mediaType: 'image/png', extensions: ['png'], inline: true, text: false },
  jpeg: { kind: 'jpeg', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], inline: true, text: false },
  gif: { kind: 'gif', mediaType: 'image/gif', extensions: ['gif'], inline: true, text: false },
  webp: { kind: 'webp', mediaType: 'image/webp', extensions: ['webp'], inline: true, text: false },
};

export const ACCEPTED_TYPES: readonly FileType[] = Object.values(TYPES);

/** Uncompressed bytes a ZIP may declare before we refuse to look inside (a zip bomb). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The ZIP's entries named by `wanted`, read only when the whole archive declares a sane size. */
export function zipEntries(bytes: Uint8Array, wanted: readonly string[]): Record<string, Uint8Array> | null {
  let declared = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > MAX_UNZIPPED_BYTES) throw new Error('zip declares too much content');
        return wanted.includes(file.name);
      },
    });
  } catch {
    return null;
  }
}

function officeKind(bytes: Uint8Array): FileKind | null {
  const entries = zipEntries(bytes, ['mimetype', 'word/document.xml']);
  if (!entries) return null;
  const mimetype = entries.mimetype && Buffer.from(entries.mimetype).toString('latin1').trim();
  if (mimetype === TYPES.odt.mediaType) return 'odt';
  if (entries['word/document.xml']) return 'docx';
  return null;
}

/** What the bytes are, by their signature (and a ZIP by what it holds); null: not a type we keep. */
export function sniffType(bytes: Uint8Array): FileType | null {
  let kind: FileKind | null = null;
  if (startsWith(bytes, ascii('%PDF-'))) kind = 'pdf';
  else if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) kind = 'png';
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) kind = 'jpeg';
  else if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) kind = 'gif';
  else if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) kind = 'webp';
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) kind = officeKind(bytes);
  return kind ? TYPES[kind] : null;
}
