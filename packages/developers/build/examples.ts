import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import examples from '../examples/examples.json';

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The query text of an example, as the server spec runs it. */
export const exampleQuery = (name: string): string =>
  readFileSync(new URL(`../examples/${name}.graphql`, import.meta.url), 'utf8');

/**
 * Writes each example's query and variables into the page's `<!--example:NAME-->` markers at
 * build time, so the examples read without JavaScript and are the very files the server's spec
 * runs against a live server.
 */
export function examplesInHtml(): Plugin {
  return {
    name: 'obmen-examples-in-html',
    transformIndexHtml(html) {
      return html.replace(/<!--example:([a-z-]+)-->/g, (_marker, name: string) => {
        const example = examples.find((e) => e.name === name);
        if (!example) throw new Error(`index.html names an unknown example "${name}"`);
        const variables = JSON.stringify(example.variables, null, 2);
        return escapeHtml(`${exampleQuery(name).trim()}\n\n# variables\n${variables}`);
      });
    },
  };
}
