/**
 * Files the scenarios pick in the browser, built in memory (no fixtures on disk).
 */

/**
 * A one-page PDF whose page shows `words` (ASCII letters and spaces), with a correct
 * cross-reference table, so pdf.js on the server reads its text as a real document's.
 */
export function onePagePdf(words: string): Buffer {
  if (!/^[A-Za-z ]+$/.test(words)) throw new Error(`onePagePdf takes ASCII letters only: ${words}`);
  const stream = `BT /F1 18 Tf 72 700 Td (${words}) Tj ET`;
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  const chunks = ['%PDF-1.7\n'];
  const starts: number[] = [];
  let length = chunks[0].length;
  bodies.forEach((body, index) => {
    const object = `${index + 1} 0 obj\n${body}\nendobj\n`;
    starts.push(length);
    chunks.push(object);
    length += object.length;
  });
  const entries = starts.map((start) => `${start.toString().padStart(10, '0')} 00000 n \n`);
  chunks.push(
    `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${entries.join('')}`,
    `trailer\n<< /Root 1 0 R /Size ${bodies.length + 1} >>\nstartxref\n${length}\n%%EOF\n`,
  );
  return Buffer.from(chunks.join(''), 'ascii');
}

/** A web page: what a PDF must not be, whatever its name says. */
export function htmlPage(title: string): Buffer {
  return Buffer.from(`<!doctype html><html><head><title>${title}</title></head><body>${title}</body></html>`);
}

/** `length` random lowercase Latin letters: a word no demo text contains. */
export function randomWord(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}
