import {
  absoluteLinks,
  fromEditorHtml,
  hasMarkup,
  htmlToPlainText,
  isRichTextEmpty,
  plainTextToHtml,
  toEditorHtml,
} from './rich-text';

describe('rich text helpers', () => {
  it('opens plain text in the editor as paragraphs, keeping single line breaks', () => {
    expect(plainTextToHtml('Първи абзац.\n\nВтори ред 1\nред 2\r\n\r\n  \n\nТрети & <последен>')).toBe(
      '<p>Първи абзац.</p><p>Втори ред 1<br>ред 2</p><p>Трети &amp; &lt;последен&gt;</p>',
    );
    expect(plainTextToHtml('')).toBe('');
  });

  it('tells stored HTML from plain text, which may contain "<" as text', () => {
    expect(hasMarkup('<p>x</p>')).toBe(true);
    expect(hasMarkup('Деца <6 г. & 5 > 3')).toBe(false);
    expect(toEditorHtml('<p>Вече HTML</p>')).toBe('<p>Вече HTML</p>');
    expect(toEditorHtml('Деца <6 г.')).toBe('<p>Деца &lt;6 г.</p>');
  });

  it('reads HTML as text: paragraphs and list items on their own lines, entities decoded', () => {
    expect(
      htmlToPlainText(
        '<h3>Цел</h3><p><strong>Tom</strong> &amp; Jerry&nbsp;&#8220;q&#x201D;</p>' +
          '<ul><li><p>едно</p></li><li><p>две</p></li></ul><p>ред 1<br>ред 2</p>',
      ),
    ).toBe('Цел\nTom & Jerry “q”\n• едно\n• две\nред 1\nред 2');
  });

  it('leaves plain text as it is', () => {
    const plain = 'Без тагове &amp; с "кавички"\n\nи абзац';
    expect(htmlToPlainText(plain)).toBe(plain);
  });

  it('gives an emptied editor as an empty value', () => {
    expect(isRichTextEmpty('<p></p>')).toBe(true);
    expect(isRichTextEmpty('<p><br></p><p> </p>')).toBe(true);
    expect(fromEditorHtml('<p></p>')).toBe('');
    expect(fromEditorHtml('<p>текст</p>')).toBe('<p>текст</p>');
  });

  it('makes links absolute, as the server keeps no other', () => {
    expect(
      absoluteLinks(
        '<p><a target="_blank" href="flgr.bg/a?b=1&amp;c=2">x</a> <a href="info@flgr.bg">y</a> ' +
          '<a href="https://ok.bg">z</a> <a href="mailto:a@b.bg">m</a> <a href="javascript:x">j</a></p>',
      ),
    ).toBe(
      '<p><a target="_blank" href="https://flgr.bg/a?b=1&amp;c=2">x</a> <a href="mailto:info@flgr.bg">y</a> ' +
        '<a href="https://ok.bg">z</a> <a href="mailto:a@b.bg">m</a> <a href="javascript:x">j</a></p>',
    );
    expect(fromEditorHtml('<p><a href="flgr.bg">x</a></p>')).toBe('<p><a href="https://flgr.bg">x</a></p>');
  });
});
