import examples from '../examples/examples.json';
import type { Lang } from './page-texts';

const queries = import.meta.glob<string>('../examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Example {
  name: string;
  title: Record<Lang, string>;
  query: string;
  variables: string;
}

/** The page's examples, the same files the server's spec runs. */
export const EXAMPLES: Example[] = examples.map((example) => ({
  name: example.name,
  title: example.title,
  query: queries[`../examples/${example.name}.graphql`],
  variables: JSON.stringify(example.variables, null, 2),
}));

/** A practice's detail, for the widget's links to this page (`?practice=<slug>`). */
export function practiceExample(slug: string, lang: Lang): Example {
  const detail = EXAMPLES.find((e) => e.name === 'practice-detail')!;
  return { ...detail, variables: JSON.stringify({ slug, locale: lang.toUpperCase() }, null, 2) };
}
