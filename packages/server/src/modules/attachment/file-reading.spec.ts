import { contentDisposition, safeFileName } from './file-name';
import { sniffType } from './file-type';
import { extractText } from './text-extraction';
import { docxFile, odtFile, pdfFile, PNG_PIXEL } from './test-files';

const LIMITS = { timeoutMs: 10_000, maxChars: 1000 };

describe('what an uploaded file is, by its content', () => {
  it('recognises PDF, DOCX, ODT and images whatever they are called', () => {
    expect(sniffType(pdfFile('x'))?.mediaType).toBe('application/pdf');
    expect(sniffType(docxFile('x'))?.kind).toBe('docx');
    expect(sniffType(odtFile('x'))?.mediaType).toBe('application/vnd.oasis.opendocument.text');
    expect(sniffType(PNG_PIXEL)?.mediaType).toBe('image/png');
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))?.kind).toBe('jpeg');
    expect(sniffType(Buffer.from('GIF89a....'))?.kind).toBe('gif');
    expect(sniffType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 '))?.kind).toBe('webp');
  });

  it('refuses HTML, SVG, a spreadsheet ODF and a plain ZIP', () => {
    expect(sniffType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffType(odtFile('x', 'application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(sniffType(Buffer.from('PK\x03\x04 not really a zip'))).toBeNull();
  });

  it('keeps a name safe and ending in the real type', () => {
    const pdf = sniffType(pdfFile('x'))!;
    const png = sniffType(PNG_PIXEL)!;
    expect(safeFileName('C:\\Users\\me\\Доклад 2024.pdf', pdf)).toBe('Доклад 2024.pdf');
    expect(safeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeFileName('page.html', png)).toBe('page.html.png');
    expect(safeFileName('a"b<c>\u0007.png', png)).toBe('abc.png');
    expect(safeFileName('', pdf)).toBe('file.pdf');
    expect(safeFileName(`${'я'.repeat(300)}.pdf`, pdf)).toHaveLength(150);
    expect(contentDisposition('attachment', 'Доклад "1".pdf')).toBe(
      `attachment; filename="______ _1_.pdf"; filename*=UTF-8''${encodeURIComponent('Доклад "1".pdf')}`,
    );
  });
});

describe('text extraction', () => {
  it('reads the text of a PDF, a DOCX and an ODT', async () => {
    await expect(
      extractText(sniffType(pdfFile('Quokka (report)'))!, pdfFile('Quokka (report)'), LIMITS),
    ).resolves.toEqual({
      text: 'Quokka (report)',
    });
    await expect(
      extractText(sniffType(docxFile('Дарение & грижа'))!, docxFile('Дарение & грижа'), LIMITS),
    ).resolves.toEqual({
      text: 'Дарение & грижа',
    });
    await expect(
      extractText(sniffType(odtFile('Социална <услуга>'))!, odtFile('Социална <услуга>'), LIMITS),
    ).resolves.toEqual({
      text: 'Заглавие\nСоциална <услуга>',
    });
  });

  it('caps the text, and says why a damaged file has none', async () => {
    const long = pdfFile('word '.repeat(100));
    const capped = await extractText(sniffType(long)!, long, { ...LIMITS, maxChars: 20 });
    expect(capped.text).toHaveLength(20);
    const broken = Buffer.from('%PDF-1.4\nthis is not a pdf at all');
    const result = await extractText(sniffType(broken)!, broken, LIMITS);
    expect(result.text).toBeNull();
    expect(result).toHaveProperty('problem');
  });

  it('images have no text to read', async () => {
    await expect(extractText(sniffType(PNG_PIXEL)!, PNG_PIXEL, LIMITS)).resolves.toEqual({ text: '' });
  });
});
