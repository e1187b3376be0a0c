import { hasMarkup, isBlankRichText, RICH_TEXT_NOTE, sanitizeRichText, withRichTexts } from './rich-text';

describe('rich text sanitizing', () => {
  it('keeps the allowed formatting as written', () => {
    const html =
      '<h3>Цел</h3><p><strong>Деца</strong> и <em>семейства</em>, <u>подчертано</u> <s>старо</s><br />ред</p>' +
      '<ul><li>едно</li></ul><ol><li>две</li></ol><blockquote><p>цитат</p></blockquote><h4>Край</h4>' +
      '<p><b>b</b> <i>i</i></p>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('removes scripts, styles, frames, images, handlers and unknown tags', () => {
    expect(
      sanitizeRichText(
        '<p onclick="steal()" style="color:red" class="x">Hi<script>alert(1)</script></p>' +
          '<style>p{}</style><iframe src="https://evil.example">frame text</iframe>' +
          '<img src="x" onerror="alert(1)"><div><span>kept text</span></div><h1>big</h1>',
      ),
    ).toBe('<p>Hi</p>kept textbig');
  });

  it('keeps http, https and mailto links with a forced rel and no target', () => {
    expect(
      sanitizeRichText('<a href=" https://ex.org/a?b=1&amp;c=2 " target="_blank" rel="opener">x</a>'),
    ).toBe(`<a href="https://ex.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">x</a>`);
    expect(sanitizeRichText('<a href="mailto:a@b.bg">пиши</a>')).toBe(
      '<a href="mailto:a@b.bg" rel="noopener noreferrer nofollow">пиши</a>',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example',
    '/relative',
    '',
  ])('unwraps a link to %j, keeping its text', (href) => {
    expect(sanitizeRichText(`<p><a href="${href}">x</a></p>`)).toBe('<p>x</p>');
  });

  it('stores plain text exactly as sent', () => {
    const plain = 'Сдружение „Равновесие“ & партньори: "деца" <6 г., 5 > 3\n\nВтори абзац &amp; още';
    expect(hasMarkup(plain)).toBe(false);
    expect(sanitizeRichText(plain)).toBe(plain);
  });

  it('encodes only what HTML needs in the text of markup', () => {
    expect(sanitizeRichText('<p>Tom & "Jerry" 5 > 3</p>')).toBe('<p>Tom &amp; "Jerry" 5 &gt; 3</p>');
  });

  it('keeps a good link after an unwrapped one', () => {
    expect(sanitizeRichText('<p><a href="javascript:x">x</a> <a href="https://a.bg">a</a></p>')).toBe(
      '<p>x <a href="https://a.bg" rel="noopener noreferrer nofollow">a</a></p>',
    );
  });

  it('treats comments and stray closing tags as markup', () => {
    expect(sanitizeRichText('a<!-- <script>x</script> -->b')).toBe('ab');
    expect(sanitizeRichText('a</div>b')).toBe('ab');
  });

  it('tells blank markup from text', () => {
    expect(isBlankRichText('<p></p>')).toBe(true);
    expect(isBlankRichText('<p><br></p>')).toBe(true);
    expect(isBlankRichText('<p>x</p>')).toBe(false);
  });

  it('sanitizes both languages of the given fields only', () => {
    const input = {
      title: { bg: '<b>Заглавие</b>' },
      summary: { bg: '<p>Обобщение<script>x</script></p>', en: '<p onclick="x">Summary</p>' },
      results: null,
    };
    expect(withRichTexts(input, ['summary', 'results', 'background'])).toEqual({
      title: { bg: '<b>Заглавие</b>' },
      summary: { bg: '<p>Обобщение</p>', en: '<p>Summary</p>' },
      results: null,
    });
  });

  it('drops an English text that cleans away to nothing', () => {
    expect(withRichTexts({ summary: { bg: 'Текст', en: '<p><script>x</script></p>' } }, ['summary'])).toEqual(
      {
        summary: { bg: 'Текст', en: null },
      },
    );
  });

  it('refuses a Bulgarian text that cleans away to nothing, naming the field', () => {
    expect(() => withRichTexts({ summary: { bg: '<script>x</script>' } }, ['summary'])).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'summary.bg', reason: 'bgRequired' })],
        }),
      }),
    );
  });

  it('describes the allow-list for partner sites', () => {
    expect(RICH_TEXT_NOTE).toContain('p, br, strong, b, em, i, u, s, ul, ol, li, h3, h4, blockquote');
    expect(RICH_TEXT_NOTE).toContain('http/https/mailto');
  });
});
