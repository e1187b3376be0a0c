// One transliteration for the server, the admin and e2e (the law's table, Art. 5/6, NFC): @obmen/shared.
export { slugify, transliterate } from '@obmen/shared';
