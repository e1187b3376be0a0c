import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { transliterate } from '../../common/transliteration';

export interface DistrictRecord {
  code: string;
  nameBg: string;
  nameEn: string;
  nuts2: string;
  nuts3: string;
  centreEkatte: string;
}

export interface MunicipalityRecord {
  code: string;
  nameBg: string;
  nameEn: string;
  districtCode: string;
  nuts2: string;
  nuts3: string;
  centreEkatte: string;
  aliases: string[];
}

export interface ReferenceData {
  districts: DistrictRecord[];
  municipalities: MunicipalityRecord[];
}

// Same relative path from src/modules/geography (tests) and dist/modules/geography (compiled).
const DATA_DIR = path.resolve(__dirname, '../../../data');

// Informal names that real texts use instead of the official NSI name.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  PDV37: ['Хисар'], // official: Хисаря
  // The capital's municipality is Столична; the Sofia *district* (SFO) is a different unit.
  SOF46: ['София', 'София-град'],
  DOB15: ['Добричка'], // official: Добрич-селска (the former name)
};

interface DistrictRow {
  district_code: string;
  district_bg: string;
  centre_ekatte: string;
  nuts2: string;
  nuts3: string;
}

interface MunicipalityRow {
  district_code: string;
  municipality_code: string;
  municipality_bg: string;
  centre_ekatte: string;
  nuts2: string;
  nuts3: string;
}

function readCsv<T>(file: string): T[] {
  return parse(readFileSync(path.join(DATA_DIR, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as T[];
}

let cache: ReferenceData | undefined;

export function loadReferenceData(): ReferenceData {
  if (cache) return cache;

  const districts = readCsv<DistrictRow>('bg-districts.csv').map((r): DistrictRecord => ({
    code: r.district_code,
    nameBg: r.district_bg,
    // Produced by the law's rules rather than copied, so every Latin name has one source of truth.
    nameEn: transliterate(r.district_bg),
    nuts2: r.nuts2,
    nuts3: r.nuts3,
    centreEkatte: r.centre_ekatte,
  }));

  const municipalities = readCsv<MunicipalityRow>('bg-municipalities.csv').map((r): MunicipalityRecord => ({
    code: r.municipality_code,
    nameBg: r.municipality_bg,
    nameEn: transliterate(r.municipality_bg),
    districtCode: r.district_code,
    nuts2: r.nuts2,
    nuts3: r.nuts3,
    centreEkatte: r.centre_ekatte,
    aliases: [...(ALIASES[r.municipality_code] ?? [])],
  }));

  // Fail loudly if an alias points at a code the data no longer has (e.g. after an EKATTE update).
  const codes = new Set(municipalities.map((m) => m.code));
  const stale = Object.keys(ALIASES).filter((code) => !codes.has(code));
  if (stale.length > 0) {
    throw new Error(`Geography aliases reference unknown municipality codes: ${stale.join(', ')}`);
  }

  cache = { districts, municipalities };
  return cache;
}

// Words never part of an official municipality name, so they can be removed anywhere.
const MUNICIPALITY_WORDS =
  /(?<!\p{L})(?:municipality\s+of|municipality|obshtina|общините|общината|община)(?!\p{L})/gu;
// Settlement prefixes only at the start: "село"/"град" appear inside real names (Ново село).
const SETTLEMENT_PREFIX = /^(?:гр\.|с\.|град(?!\p{L})|село(?!\p{L}))\s*/u;
const QUOTES = /[„“”"«»]/g;

export function normalizePlaceName(name: string): string {
  let s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(QUOTES, ' ')
    .replace(MUNICIPALITY_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let prev: string;
  do {
    prev = s;
    s = s.replace(SETTLEMENT_PREFIX, '').trim();
  } while (s !== prev);
  return s.replace(/\s*-\s*/g, '-');
}

const indexes = new WeakMap<ReferenceData, Map<string, MunicipalityRecord[]>>();

function municipalityIndex(data: ReferenceData): Map<string, MunicipalityRecord[]> {
  let index = indexes.get(data);
  if (index) return index;
  index = new Map();
  for (const m of data.municipalities) {
    // Aliases are also matched in Latin so "Hisar" or "Sofia" work like their Cyrillic forms.
    const names = [m.nameBg, m.nameEn, ...m.aliases, ...m.aliases.map(transliterate)];
    for (const key of new Set(names.map(normalizePlaceName))) {
      const list = index.get(key) ?? [];
      list.push(m);
      index.set(key, list);
    }
  }
  indexes.set(data, index);
  return index;
}

export function findMunicipality(
  name: string,
  data: ReferenceData = loadReferenceData(),
): MunicipalityRecord[] {
  const key = normalizePlaceName(name);
  if (!key) return [];
  return [...(municipalityIndex(data).get(key) ?? [])];
}
