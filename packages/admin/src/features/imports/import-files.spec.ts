import {
  checkChosenFiles,
  MAX_FILE_BYTES,
  MAX_FILES,
  MAX_REQUEST_BYTES,
  readImport,
  requestBytes,
  startImportInput,
} from './import-files';

const file = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({
  name,
  size,
  text: () => Promise.resolve(text),
});

describe('the chosen files', () => {
  it('are refused when there are none, more than 200, or one over 2 MB, naming it', () => {
    expect(checkChosenFiles([])).toEqual({ key: 'noFiles', values: {} });
    const many = Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `${i}.txt`, size: 10 }));
    expect(checkChosenFiles(many)).toEqual({ key: 'tooMany', values: { count: 201, max: 200 } });
    expect(checkChosenFiles(many.slice(0, MAX_FILES))).toBeNull();
    const large = [
      { name: 'a.txt', size: 10 },
      { name: 'голям.txt', size: MAX_FILE_BYTES + 1 },
    ];
    expect(checkChosenFiles(large)).toEqual({
      key: 'tooLarge',
      values: { name: 'голям.txt', size: MAX_FILE_BYTES + 1, max: MAX_FILE_BYTES },
    });
    expect(checkChosenFiles([{ name: 'a.txt', size: MAX_FILE_BYTES }])).toBeNull();
  });
});

describe('the startImport input', () => {
  it('carries each file’s name and text, publish, and the pages’ language when one is chosen', () => {
    const files = [
      { name: '000.txt', text: 'Предистория' },
      { name: '004.txt', text: 'Практика' },
    ];
    expect(startImportInput({ kind: 'FLGR', publish: true, language: 'en' }, files)).toEqual({
      kind: 'FLGR',
      publish: true,
      lang: 'en',
      files,
    });
    expect(startImportInput({ kind: 'ISUN', publish: false, language: 'auto' }, files).lang).toBeNull();
  });

  it('leaves the language to a spreadsheet’s own columns', () => {
    const input = startImportInput({ kind: 'CSV', publish: false, language: 'bg' }, [
      { name: 'p.csv', text: 'id' },
    ]);
    expect(input.lang).toBeNull();
  });
});

describe('reading the files', () => {
  const values = { kind: 'FLGR', publish: false, language: 'auto' } as const;

  it('gives the input with every file read, in the order chosen', async () => {
    const result = await readImport(values, [file('b.txt', 'второ'), file('a.txt', 'първо')]);
    expect(result).toEqual({
      input: {
        kind: 'FLGR',
        publish: false,
        lang: null,
        files: [
          { name: 'b.txt', text: 'второ' },
          { name: 'a.txt', text: 'първо' },
        ],
      },
    });
  });

  it('does not read files over the limits', async () => {
    let read = 0;
    const large = { name: 'big.txt', size: MAX_FILE_BYTES + 1, text: () => Promise.resolve(String(++read)) };
    expect(await readImport(values, [large])).toEqual({
      problem: {
        key: 'tooLarge',
        values: { name: 'big.txt', size: MAX_FILE_BYTES + 1, max: MAX_FILE_BYTES },
      },
    });
    expect(read).toBe(0);
  });

  it('refuses files that together exceed what one request may carry (Cyrillic counts two bytes)', async () => {
    // 300,000 Cyrillic letters: 600 KB of UTF-8 each; two of them are over the 1 MB a request takes.
    const page = 'я'.repeat(300_000);
    const one = await readImport(values, [file('1.txt', page)]);
    expect('input' in one).toBe(true);
    const two = await readImport(values, [file('1.txt', page), file('2.txt', page)]);
    expect(two).toEqual({
      problem: { key: 'tooLargeTogether', values: { size: expect.any(Number), max: MAX_REQUEST_BYTES } },
    });
    if ('problem' in two) expect(two.problem.values.size).toBeGreaterThan(1_200_000);
  });

  it('measures the request as the server will: its JSON in UTF-8', () => {
    const input = startImportInput(values, [{ name: 'a.txt', text: 'аб' }]);
    expect(requestBytes(input)).toBe(Buffer.byteLength(JSON.stringify({ variables: { input } }), 'utf8'));
  });

  it('says which file could not be read', async () => {
    const broken = { name: 'счупен.txt', size: 3, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readImport(values, [file('a.txt', 'а'), broken])).toEqual({
      problem: { key: 'unreadable', values: { name: 'счупен.txt' } },
    });
  });
});
