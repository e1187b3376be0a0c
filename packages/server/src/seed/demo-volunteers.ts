import { transliterate } from '../common/transliteration';
import { demoContent } from './demo-content';
import type { SeedVolunteer, VettingStatus } from './demo-content.types';

/**
 * Invented demo volunteers. Deterministic: each volunteer is drawn from its own seeded PRNG, so the
 * same arguments always give the same list and a longer list starts with the shorter one.
 * E-mails use the reserved domain example.org; people, phones and dates are fictitious.
 */

type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough for demo data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 0x0b3e2025;

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const pickDistinct = <T>(rng: Rng, items: readonly T[], n: number): T[] => {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
};

// prettier-ignore
const MALE_FIRST = [
  'Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Тодор',
  'Александър', 'Мартин', 'Васил', 'Кирил', 'Атанас', 'Йордан', 'Калоян', 'Борислав',
] as const;
// prettier-ignore
const FEMALE_FIRST = [
  'Мария', 'Елена', 'Десислава', 'Гергана', 'Виктория', 'Надежда', 'Йорданка', 'Радка',
  'Цветелина', 'Силвия', 'Теодора', 'Милена', 'Ивелина', 'Даниела', 'Красимира', 'Галина',
] as const;
/** Male surname forms; the female form adds "а" (Иванов → Иванова, Илиев → Илиева). */
// prettier-ignore
const SURNAMES = [
  'Иванов', 'Георгиев', 'Димитров', 'Петров', 'Николов', 'Христов', 'Стоянов', 'Тодоров',
  'Атанасов', 'Костадинов', 'Ангелов', 'Попов', 'Илиев', 'Колев', 'Маринов', 'Василев',
  'Петков', 'Янков', 'Марков', 'Стефанов', 'Радев', 'Ковачев', 'Славов', 'Цветков',
] as const;

export const VOLUNTEER_SKILLS = [
  'работа с деца',
  'менторство',
  'помощ при учене',
  'организиране на събития',
  'спорт и игри',
  'музика',
  'рисуване и занаяти',
  'компютърна грамотност',
  'английски език',
  'шофьорска книжка кат. B',
  'първа помощ',
  'психологическо консултиране',
  'готвене',
  'фотография',
] as const;

const AVAILABILITY = [
  'делнични дни след 17:00',
  'събота и неделя',
  'по 4 часа седмично',
  'два следобеда седмично',
  'през ваканциите',
  'гъвкаво, по договаряне',
] as const;

const ROLES = [
  'ментор',
  'помощ в занималня',
  'организиране на събития',
  'придружаване на деца',
  'транспорт',
] as const;

const MOBILE_PREFIXES = ['87', '88', '89'] as const;

/** The Plovdiv-district municipalities (PDV…) where the seed projects run, in first-seen order. */
export const VOLUNTEER_MUNICIPALITY_CODES: readonly string[] = [
  ...new Set(demoContent.projects.flatMap((p) => p.municipalityCodes).filter((c) => c.startsWith('PDV'))),
];

const DAY_MS = 86_400_000;
const CONSENT_FROM = Date.UTC(2025, 0, 1);
// Consent by the end of August 2026 keeps every assignment start before LATEST_END.
const CONSENT_TO = Date.UTC(2026, 7, 31);
const LATEST_END = Date.UTC(2026, 10, 15);

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function vetting(rng: Rng): VettingStatus {
  const r = rng();
  if (r < 0.5) return 'APPROVED';
  if (r < 0.75) return 'IN_PROGRESS';
  if (r < 0.85) return 'NOT_STARTED';
  return 'REJECTED';
}

export function generateVolunteers(count: number, programmeKeys: string[]): SeedVolunteer[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const usedEmails = new Set<string>();
  const volunteers: SeedVolunteer[] = [];

  for (let i = 0; i < count; i++) {
    const rng = mulberry32(SEED ^ Math.imul(i + 1, 0x9e3779b1));
    const female = rng() < 0.5;
    const first = female ? pick(rng, FEMALE_FIRST) : pick(rng, MALE_FIRST);
    const surname = pick(rng, SURNAMES);
    const last = female ? `${surname}а` : surname;

    const local = `${transliterate(first)}.${transliterate(last)}`.toLowerCase();
    let email = `${local}@example.org`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@example.org`;
    usedEmails.add(email);

    const skills = pickDistinct(rng, VOLUNTEER_SKILLS, int(rng, 1, 3));
    const phone =
      rng() < 0.85
        ? `+359 ${pick(rng, MOBILE_PREFIXES)} ${int(rng, 100, 999)} ${int(rng, 1000, 9999)}`
        : undefined;
    const municipalityCode = rng() < 0.9 ? pick(rng, VOLUNTEER_MUNICIPALITY_CODES) : undefined;
    const availability = rng() < 0.8 ? pick(rng, AVAILABILITY) : undefined;

    const volunteer: SeedVolunteer = {
      name: `${first} ${last}`,
      email,
      ...(phone ? { phone } : {}),
      ...(municipalityCode ? { municipalityCode } : {}),
      skills,
      ...(availability ? { availability } : {}),
      vettingStatus: 'NOT_STARTED',
      assignments: [],
    };

    // Vetting starts only after consent; only approved volunteers get assignments.
    if (rng() < 0.85) {
      // A day in the range, during Sofia daytime (07:00–19:00 UTC is 09:00–22:00 local).
      const day = int(rng, 0, Math.floor((CONSENT_TO - CONSENT_FROM) / DAY_MS));
      const consentMs = CONSENT_FROM + day * DAY_MS + int(rng, 7 * 60, 19 * 60) * 60_000;
      volunteer.consentGivenAt = new Date(consentMs).toISOString();
      volunteer.vettingStatus = vetting(rng);

      if (volunteer.vettingStatus === 'APPROVED') {
        const keys = pickDistinct(rng, programmeKeys, int(rng, 0, 2));
        let start = consentMs + int(rng, 7, 45) * DAY_MS;
        for (const programmeKey of keys) {
          const endMs = start + int(rng, 30, 240) * DAY_MS;
          const finished = endMs <= LATEST_END && rng() < 0.6;
          volunteer.assignments.push({
            programmeKey,
            role: pick(rng, ROLES),
            from: isoDate(start),
            ...(finished ? { to: isoDate(endMs) } : {}),
            hoursLogged: (int(rng, 4, 320) / 2).toFixed(1),
          });
          start += int(rng, 1, 30) * DAY_MS;
        }
      }
    }
    volunteers.push(volunteer);
  }
  return volunteers;
}
