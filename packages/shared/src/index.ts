export { searchKey, slugify, transliterate } from './transliteration';
