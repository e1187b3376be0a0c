import {
  nextPage,
  pageArgs,
  previousPage,
  readChoice,
  readCursor,
  readList,
  readText,
  withFilter,
  writeParams,
} from './url-state';

const params = (query: string) => new URLSearchParams(query);

describe('reading URL state', () => {
  it('reads trimmed text and comma-separated lists without blanks or duplicates', () => {
    expect(readText(params('q=%20ранна%20'), 'q')).toBe('ранна');
    expect(readText(params(''), 'q')).toBe('');
    expect(readList(params('status=DRAFT,,PUBLISHED,DRAFT'), 'status')).toEqual(['DRAFT', 'PUBLISHED']);
    expect(readList(params('status=DRAFT&status=ARCHIVED'), 'status')).toEqual(['DRAFT', 'ARCHIVED']);
  });

  it('keeps only accepted list items and allowed choices', () => {
    const isCode = (v: string): v is string => /^[A-Z]{3}$/.test(v);
    expect(readList(params('district=PDV,plovdiv,SFO'), 'district', isCode)).toEqual(['PDV', 'SFO']);
    expect(readChoice(params('sort=title'), 'sort', ['updated', 'title'], 'updated')).toBe('title');
    expect(readChoice(params('sort=drop-table'), 'sort', ['updated', 'title'], 'updated')).toBe('updated');
  });

  it('reads the cursor, preferring before over after', () => {
    expect(readCursor(params('after=a'))).toEqual({ after: 'a', before: null });
    expect(readCursor(params('before=b&after=a'))).toEqual({ after: null, before: 'b' });
    expect(readCursor(params(''))).toEqual({ after: null, before: null });
  });

  it('turns a cursor into Relay page arguments', () => {
    expect(pageArgs({ after: null, before: null }, 20)).toEqual({ first: 20 });
    expect(pageArgs({ after: 'a', before: null }, 20)).toEqual({ first: 20, after: 'a' });
    expect(pageArgs({ after: null, before: 'b' }, 20)).toEqual({ last: 20, before: 'b' });
  });
});

describe('writing URL state', () => {
  it('sets values, joins lists and removes empty ones, in a stable order', () => {
    const next = writeParams(params('q=old&x=1'), {
      q: ' new ',
      status: ['DRAFT', 'PUBLISHED'],
      x: null,
      y: [],
    });
    expect(next.toString()).toBe('q=new&status=DRAFT%2CPUBLISHED');
  });

  it('does not change the params it was given', () => {
    const original = params('q=a');
    writeParams(original, { q: 'b' });
    expect(original.toString()).toBe('q=a');
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withFilter(params('after=c1&q=a'), { q: 'b' }).toString()).toBe('q=b');
    expect(withFilter(params('before=c1&status=DRAFT'), { status: [] }).toString()).toBe('');
  });

  it('pages forwards and backwards, keeping the filters', () => {
    expect(nextPage(params('q=a&before=c0'), 'c9').toString()).toBe('after=c9&q=a');
    expect(previousPage(params('q=a&after=c9'), 'c10').toString()).toBe('before=c10&q=a');
  });
});
