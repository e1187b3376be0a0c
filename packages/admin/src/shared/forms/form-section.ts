import type bg from '../../i18n/bg.json';

type Messages = typeof bg;

/** What the form scaffolding (FormTitle, EditPageFrame, useRecordSave) reads of a kind's messages. */
interface FormMessages {
  title: string;
  createTitle: string;
  editTitle: string;
  saved: string;
  created: string;
  form: { version: string; unsaved: string };
}

/**
 * The record kinds with an edit form: their list path and message keys start with the name.
 * Derived from the message file (the kinds whose messages have what a form shows), so a new
 * section's form needs its messages, not an edit here.
 */
export type FormSection = {
  [K in keyof Messages]: Messages[K] extends FormMessages ? K : never;
}[keyof Messages];

/** Those whose form has their name and description in both languages. */
export type TextsSection = 'organizations' | 'networks' | 'programmes';

/** Those whose form can move the record to the trash. */
export type DeletableSection = 'networks' | 'programmes' | 'volunteers';
