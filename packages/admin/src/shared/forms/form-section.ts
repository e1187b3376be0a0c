/** The record kinds with an edit form: their list path and message keys start with the name. */
export type FormSection =
  'practices' | 'projects' | 'organizations' | 'networks' | 'programmes' | 'volunteers';

/** Those whose form has their name and description in both languages. */
export type TextsSection = 'organizations' | 'networks' | 'programmes';

/** Those whose form can move the record to the trash. */
export type DeletableSection = 'networks' | 'programmes' | 'volunteers';
