import { searchKey } from '../../shared/transliterate';

export interface DistrictLike {
  code: string;
  nameBg: string;
  nameEn: string;
}

export interface MunicipalityLike extends DistrictLike {
  aliases: readonly string[];
  district: DistrictLike;
}

export interface OptionItem {
  value: string;
  label: string;
}

export interface OptionGroup {
  group: string;
  items: OptionItem[];
}

function nameIn(place: DistrictLike, lang: string): string {
  return lang === 'en' ? place.nameEn : place.nameBg;
}

/** Municipalities grouped by district, both sorted by name in the interface language. */
export function municipalityGroups(municipalities: readonly MunicipalityLike[], lang: string): OptionGroup[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'bg');
  const groups = new Map<string, OptionGroup>();
  for (const m of municipalities) {
    const group = groups.get(m.district.code) ?? { group: nameIn(m.district, lang), items: [] };
    group.items.push({ value: m.code, label: nameIn(m, lang) });
    groups.set(m.district.code, group);
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.group, b.group));
  for (const group of sorted) group.items.sort((a, b) => collator.compare(a.label, b.label));
  return sorted;
}

/**
 * What a municipality is found by: its Bulgarian and Latin names, informal aliases ("Хисар")
 * and its district's names, all as search keys (so "plovdiv", "Пловдив" and "ПЛОВДИВ" agree).
 */
export function municipalitySearchIndex(municipalities: readonly MunicipalityLike[]): Map<string, string> {
  return new Map(
    municipalities.map((m) => [
      m.code,
      [m.nameBg, m.nameEn, ...m.aliases, m.district.nameBg, m.district.nameEn, m.code]
        .map(searchKey)
        .join('|'),
    ]),
  );
}

/** Whether an indexed text matches a query typed in Cyrillic or Latin. */
export function matchesSearch(indexed: string | undefined, query: string): boolean {
  const key = searchKey(query);
  if (!key) return true;
  return indexed !== undefined && indexed.includes(key);
}

/** Keeps the items that match, dropping groups left empty. */
export function filterGroups<T extends OptionItem>(
  groups: readonly { group: string; items: readonly T[] }[],
  keep: (item: T) => boolean,
): { group: string; items: T[] }[] {
  return groups
    .map((g) => ({ group: g.group, items: g.items.filter(keep) }))
    .filter((g) => g.items.length > 0);
}
