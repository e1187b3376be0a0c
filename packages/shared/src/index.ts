export { BGN_PER_EUR } from './money';
export { searchKey, slugify, transliterate } from './transliteration';
