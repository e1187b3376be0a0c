import 'i18next';
import type bg from './bg.json';

// Message keys are checked at compile time against the Bulgarian file, the default language.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof bg };
  }
}
