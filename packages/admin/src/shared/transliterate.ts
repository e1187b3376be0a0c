// The admin searches by the same transliteration the server writes official names with: @obmen/shared.
export { searchKey, transliterate } from '@obmen/shared';
