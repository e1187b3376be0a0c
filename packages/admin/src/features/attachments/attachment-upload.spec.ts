import { formatSize, typeLabel, uploadAttachment, uploadErrorOf, UploadError } from './attachment-upload';

const answer = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('uploading an attachment', () => {
  it('sends the owner, the title and the file with the CSRF header, and returns the new attachment', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const send = ((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer(201, { id: 'a1', fileName: 'отчет.pdf', warnings: [] });
    }) as unknown as typeof fetch;
    const result = await uploadAttachment(
      {
        ownerType: 'Practice',
        ownerId: 'p1',
        file: new Blob(['%PDF-']),
        fileName: 'отчет.pdf',
        titleBg: ' Отчет ',
      },
      send,
    );
    expect(result.id).toBe('a1');
    expect(calls[0].url).toBe('/attachments');
    expect(calls[0].init.headers).toEqual({ 'x-obmen-csrf': '1' });
    const form = calls[0].init.body as FormData;
    expect([form.get('ownerType'), form.get('ownerId'), form.get('titleBg')]).toEqual([
      'Practice',
      'p1',
      'Отчет',
    ]);
    expect((form.get('file') as File).name).toBe('отчет.pdf');
  });

  it('words the server’s refusals by their reason', async () => {
    const refuse = (status: number, body: unknown) => (() => answer(status, body)) as unknown as typeof fetch;
    const upload = (send: typeof fetch) =>
      uploadAttachment(
        { ownerType: 'Project', ownerId: 'p', file: new Blob(['x']), fileName: 'x.html' },
        send,
      );
    await expect(
      upload(
        refuse(400, {
          errors: [
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'file', reason: 'fileType', args: { accepted: 'PDF' } }],
              },
            },
          ],
        }),
      ),
    ).rejects.toEqual(new UploadError('fileType', { accepted: 'PDF' }));
    const tooLarge = await upload(
      refuse(413, { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 20_971_520 } }] }),
    ).catch((e: UploadError) => e);
    expect(tooLarge).toMatchObject({ key: 'tooLarge', values: { size: '21 МБ' } });
    expect(uploadErrorOf(403, { errors: [{ extensions: { code: 'FORBIDDEN' } }] }).key).toBe('forbidden');
    expect(uploadErrorOf(502, null).key).toBe('generic');
    await expect(
      upload((() => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch),
    ).rejects.toEqual(new UploadError('network'));
  });

  it('shows sizes and types briefly, in the interface language', () => {
    expect(formatSize(532)).toBe('532 Б');
    expect(formatSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatSize(1_234_567)).toBe('1,2 МБ');
    expect(typeLabel('application/vnd.oasis.opendocument.text')).toBe('ODT');
    expect(typeLabel('image/webp')).toBe('WEBP');
  });
});
