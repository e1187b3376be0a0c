import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { snippetElements } from './components/snippet-elements';
import { parseSnippet, snippetText, unescapeHtml } from './snippet';

/** The markup a snippet renders to, without the marks' inline style. */
const render = (snippet: string) =>
  renderToStaticMarkup(createElement(Fragment, null, snippetElements(parseSnippet(snippet)))).replace(
    / style="[^"]*"/g,
    '',
  );

describe('parseSnippet', () => {
  it('cuts a snippet into text and marked words, in order', () => {
    expect(parseSnippet('Ранна интервенция в област <mark>Търговище</mark> и <mark>Омуртаг</mark>…')).toEqual(
      [
        { text: 'Ранна интервенция в област ', marked: false },
        { text: 'Търговище', marked: true },
        { text: ' и ', marked: false },
        { text: 'Омуртаг', marked: true },
        { text: '…', marked: false },
      ],
    );
  });

  it('joins neighbouring runs and drops empty ones', () => {
    expect(parseSnippet('<mark>деца</mark><mark>та</mark> и <mark></mark>родители')).toEqual([
      { text: 'децата', marked: true },
      { text: ' и родители', marked: false },
    ]);
  });

  it("undoes the server's escapes once, after the marks are read", () => {
    const parts = parseSnippet(
      'Клуб &quot;Доверие&quot; &amp; <mark>д-р</mark> &lt;mark&gt;не&lt;/mark&gt; &#39;x&#39;',
    );
    expect(parts).toEqual([
      { text: 'Клуб "Доверие" & ', marked: false },
      { text: 'д-р', marked: true },
      { text: " <mark>не</mark> 'x'", marked: false },
    ]);
    expect(snippetText(parts)).toBe('Клуб "Доверие" & д-р <mark>не</mark> \'x\'');
  });

  it('tolerates a stray closing tag and an unclosed mark', () => {
    expect(parseSnippet('a</mark>b<mark>c')).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});

describe('unescapeHtml', () => {
  it('reads named and numeric escapes, each once', () => {
    expect(unescapeHtml('&amp;lt; &#1044;&#x434; &AMP; &apos;')).toBe("&lt; Дд & '");
  });

  it('leaves unknown or impossible escapes as written', () => {
    expect(unescapeHtml('&nbsp; &#0; &#x110000; &#xD800; & alone')).toBe(
      '&nbsp; &#0; &#x110000; &#xD800; & alone',
    );
  });
});

describe('Snippet', () => {
  it('renders the matched words as <mark> and the rest as text', () => {
    expect(render('Услуги за <mark>деца</mark> в <mark>Търговище</mark>')).toBe(
      'Услуги за <mark>деца</mark> в <mark>Търговище</mark>',
    );
  });

  it('never lets a snippet add markup: anything but <mark> stays text', () => {
    const html = render(
      '<img src=x onerror=alert(1)><mark><script>alert(2)</script></mark>&lt;b&gt;<a href="javascript:x">y</a>',
    );
    expect(html).not.toMatch(/<(img|script|a|b)\b/);
    expect(html).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>&lt;script&gt;alert(2)&lt;/script&gt;</mark>' +
        '&lt;b&gt;&lt;a href=&quot;javascript:x&quot;&gt;y&lt;/a&gt;',
    );
  });
});
