import { zipEntries, type FileType } from './file-type';

/** The text of a file for the search, or why there is none. */
export type Extracted = { text: string } | { text: null; problem: string };

/** unpdf (pdf.js, serverless build) is loaded on the first PDF: its CommonJS entry imports pdf.js itself. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // pdf.js takes the buffer over: give it a copy.
  // verbosity 0: pdf.js's warnings about damaged files go to the caller's answer, not the console.
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } finally {
    // Frees pdf.js's worker-side state for this document.
    await document.loadingTask.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** ODF's content.xml as text: paragraphs and headings on their own lines, tabs and spaces kept. */
export function odfXmlText(xml: string): string {
  return xml
    .replace(/<text:(?:tab|line-break)\s*\/>/g, ' ')
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_m, n?: string) =>
      ' '.repeat(Math.min(Number(n ?? 1), 20)),
    )
    .replace(/<\/text:(?:p|h)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (match, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ENTITIES[name!] ?? match;
    });
}

function odtText(bytes: Uint8Array): string {
  const content = zipEntries(bytes, ['content.xml'])?.['content.xml'];
  if (!content) throw new Error('the ODT has no content.xml');
  return odfXmlText(Buffer.from(content).toString('utf8'));
}

function timeLimit(ms: number): { promise: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`text extraction took longer than ${ms} ms`)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/**
 * The file's text, within `timeoutMs` and `maxChars` (whitespace folded). A file whose text
 * cannot be read (scanned, damaged, encrypted, too slow) is still kept: the caller says why.
 */
export async function extractText(
  type: FileType,
  bytes: Uint8Array,
  limits: { timeoutMs: number; maxChars: number },
): Promise<Extracted> {
  if (!type.text) return { text: '' };
  const limit = timeLimit(limits.timeoutMs);
  try {
    const read =
      type.kind === 'pdf' ? pdfText(bytes) : type.kind === 'docx' ? docxText(bytes) : odtText(bytes);
    const raw = await Promise.race([Promise.resolve(read), limit.promise]);
    const text = raw
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
      .slice(0, limits.maxChars);
    return text ? { text } : { text: null, problem: 'The file has no text to read (a scan?)' };
  } catch (error) {
    return { text: null, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    limit.clear();
  }
}
