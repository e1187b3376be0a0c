import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { demoContent } from './demo-content';
import type { L, SeedPractice, SeedProject } from './demo-content.types';
import { generateVolunteers, VOLUNTEER_MUNICIPALITY_CODES } from './demo-volunteers';

// The package's own copy of the NSI list, or the shared one while that copy does not exist yet.
const PACKAGE_DIR = path.resolve(__dirname, '../..');
const CSV_PATH = [
  path.join(PACKAGE_DIR, 'data/bg-municipalities.csv'),
  path.resolve(PACKAGE_DIR, '../../../shared/data/bg-municipalities.csv'),
].find((file) => existsSync(file));

interface MunicipalityRow {
  district_code: string;
  municipality_code: string;
  municipality_bg: string;
}
const rows: MunicipalityRow[] = CSV_PATH
  ? parse(readFileSync(CSV_PATH, 'utf8'), { columns: true, skip_empty_lines: true, trim: true })
  : [];
const municipalities = new Map(rows.map((r) => [r.municipality_code, r]));
const nameOf = (code: string): string | undefined => municipalities.get(code)?.municipality_bg;

const { themes, targetGroups, organizations, projects, practices, networks, volunteerProgrammes } =
  demoContent;
const orgByKey = new Map(organizations.map((o) => [o.key, o]));
const projectKeys = new Set(projects.map((p) => p.key));
const themeSlugs = new Set(themes.map((t) => t.slug));
const targetGroupSlugs = new Set(targetGroups.map((t) => t.slug));

const practice = (key: string): SeedPractice => {
  const found = practices.find((p) => p.key === key);
  if (!found) throw new Error(`no practice ${key}`);
  return found;
};
const project = (key: string): SeedProject => {
  const found = projects.find((p) => p.key === key);
  if (!found) throw new Error(`no project ${key}`);
  return found;
};

const practiceSpan = (p: SeedPractice): string => `${p.periodFrom}..${p.periodTo} ${p.periodPrecision}`;
const projectSpan = (p: SeedProject): string => `${p.startDate}..${p.endDate} ${p.periodPrecision}`;

const isDate = (s: string | undefined): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === s;
};
const isDateTime = (s: string | undefined): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s ?? '') &&
  isDate(s?.slice(0, 10)) &&
  !Number.isNaN(Date.parse(s ?? ''));
const isDecimal = (s: string): boolean => /^(0|[1-9]\d*)(\.\d+)?$/.test(s);
const statusCounts = (p: SeedPractice): Record<string, number> =>
  p.nominations.reduce<Record<string, number>>(
    (acc, n) => ({ ...acc, [n.status]: (acc[n.status] ?? 0) + 1 }),
    {},
  );

/** Every localized text anywhere in the demo content. */
function localizedTexts(value: unknown, out: L[] = []): L[] {
  if (Array.isArray(value)) value.forEach((v) => localizedTexts(v, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.bg === 'string') out.push(obj as unknown as L);
    else Object.values(obj).forEach((v) => localizedTexts(v, out));
  }
  return out;
}

describe('demo content integrity', () => {
  it('reads the NSI municipality list', () => {
    expect(CSV_PATH).toBeDefined();
    expect(municipalities.size).toBe(265);
  });

  it('has unique keys and kebab-case taxonomy slugs', () => {
    for (const list of [organizations, projects, practices, networks, volunteerProgrammes]) {
      const keys = list.map((x) => x.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    for (const list of [themes, targetGroups]) {
      expect(new Set(list.map((t) => t.slug)).size).toBe(list.length);
      for (const t of list) expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('resolves every organization and project reference', () => {
    const expectOrg = (key: string | undefined) => expect(orgByKey.has(key ?? '')).toBe(true);
    for (const p of practices) {
      expectOrg(p.organizationKey);
      for (const k of p.relatedProjectKeys) expect(projectKeys.has(k)).toBe(true);
    }
    for (const p of projects) {
      expectOrg(p.leadOrganizationKey);
      expect(orgByKey.get(p.leadOrganizationKey)?.kind).not.toBe('FUNDER');
      if (p.funderKey) expect(orgByKey.get(p.funderKey)?.kind).toBe('FUNDER');
      p.partners.forEach((partner) => expectOrg(partner.organizationKey));
    }
    for (const n of networks) {
      expectOrg(n.coordinatorKey);
      n.memberships.forEach((m) => expectOrg(m.organizationKey));
    }
    for (const v of volunteerProgrammes) {
      expectOrg(v.organizationKey);
      if (v.projectKey) expect(projectKeys.has(v.projectKey)).toBe(true);
    }
  });

  it('uses only municipality codes that exist in the NSI list', () => {
    const codes = [
      ...organizations.flatMap((o) => (o.municipalityCode ? [o.municipalityCode] : [])),
      ...practices.flatMap((p) => [...p.municipalityCodes, ...p.adoptions.map((a) => a.municipalityCode)]),
      ...projects.flatMap((p) => p.municipalityCodes),
      ...volunteerProgrammes.flatMap((v) => v.municipalityCodes),
    ];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect([code, municipalities.has(code)]).toEqual([code, true]);
  });

  it('tags only with existing themes and target groups', () => {
    for (const item of [...practices, ...projects]) {
      expect(item.themes.length).toBeGreaterThan(0);
      expect(item.targetGroups.length).toBeGreaterThan(0);
      for (const s of item.themes) expect([s, themeSlugs.has(s)]).toEqual([s, true]);
      for (const s of item.targetGroups) expect([s, targetGroupSlugs.has(s)]).toEqual([s, true]);
      for (const i of item.indicators) {
        if (i.targetGroup) expect(targetGroupSlugs.has(i.targetGroup)).toBe(true);
        expect([i.value, isDecimal(i.value)]).toEqual([i.value, true]);
      }
    }
  });

  it('has valid dates, date-times and amounts', () => {
    const range = (from?: string, to?: string) => {
      if (from) expect([from, isDate(from)]).toEqual([from, true]);
      if (to) expect([to, isDate(to)]).toEqual([to, true]);
      if (from && to) expect(from <= to).toBe(true);
    };
    for (const p of practices) {
      range(p.periodFrom, p.periodTo);
      expect(isDateTime(p.publishedAt)).toBe(true);
      for (const n of p.nominations) {
        expect(isDateTime(n.createdAt)).toBe(true);
        expect(Date.parse(n.createdAt)).toBeGreaterThan(Date.parse(p.publishedAt ?? ''));
        expect(n.email).toMatch(/^[a-z0-9.]+@example\.org$/);
      }
    }
    for (const p of projects) {
      range(p.startDate, p.endDate);
      if (p.budget) expect(isDecimal(p.budget.amount)).toBe(true);
    }
    for (const n of networks) n.memberships.forEach((m) => range(m.joinedOn, m.leftOn));
  });

  it('keeps localized texts clean', () => {
    const texts = localizedTexts(demoContent);
    expect(texts.length).toBeGreaterThan(100);
    for (const { bg, en } of texts) {
      expect(bg.trim()).toBe(bg);
      expect(bg).not.toMatch(/ {2}|\u00a0|\[email/);
      // No Latin look-alike letters inside Cyrillic words (the sources had "Търговищe", "Cтартира").
      expect(bg).not.toMatch(/[\u0400-\u04ff][a-zA-Z]|[a-zA-Z][\u0400-\u04ff]/);
      if (en !== undefined) expect(en.trim()).not.toBe('');
    }
  });
});

describe('seed facts', () => {
  it('000: early intervention practice of the Club of NGOs – Targovishte', () => {
    const p = practice('targovishte-early-intervention');
    expect(p.title.en).toBeTruthy();
    expect(p.summary.en).toBeTruthy();
    expect(practiceSpan(p)).toBe('2013-07-01..2015-12-31 MONTH');
    const tgv = rows.filter((r) => r.district_code === 'TGV').map((r) => r.municipality_code);
    expect([...p.municipalityCodes].sort()).toEqual(tgv.sort());
    expect(p.municipalityCodes).toHaveLength(5);
    expect(p.background.bg).toContain('Срок за реализация: юли 2013 г. – декември, 2015 г.');
    expect(p.background.bg).toContain('Финансиран от Българо-швейцарска програма за сътрудничество');
    expect(p.practice.bg).toMatch(/^Конкретни цели на проекта:/);
    expect(p.practice.bg).toContain('обединяващ 33 НПО от област Търговище');
    expect(p.results.bg).toMatch(/^Осигурен достъп до алтернативни социални услуги/);
    const org = orgByKey.get(p.organizationKey);
    expect(`${org?.kind} ${org?.municipalityCode} ${nameOf('TGV35')}`).toBe('NGO TGV35 Търговище');
    expect(p.contact).toEqual({
      person: 'Невена Маджарова',
      address: 'Търговище, ул. „30 януари” 1 ет. 3',
      phone: '0893516697',
      website: 'http://www.clubngo.org/',
    });
    expect(`${p.innovator} ${p.status} ${p.publishedAt}`).toBe('ros PUBLISHED 2015-05-25T09:00:00+03:00');
    expect(statusCounts(p)).toEqual({ APPROVED: 4, PENDING: 1 });
    for (const n of p.nominations) expect(n.createdAt < '2017').toBe(true);
  });

  it('004: road map „С мисъл за хората“ of Rodopi Municipality', () => {
    const p = practice('rodopi-road-map-with-people-in-mind');
    expect(practiceSpan(p)).toBe('2016-08-15..2018-08-15 DAY');
    expect(p.municipalityCodes).toEqual(['PDV26']);
    expect(nameOf('PDV26')).toBe('Родопи');
    expect(orgByKey.get(p.organizationKey)).toMatchObject({
      kind: 'MUNICIPALITY',
      name: { bg: 'Община Родопи' },
    });
    expect(p.publishedAt?.slice(0, 10)).toBe('2019-03-17');
    expect(statusCounts(p)).toEqual({ APPROVED: 5, PENDING: 1, SPAM: 1 });
    for (let i = 1; i <= 14; i++) expect(p.practice.bg).toContain(`\n\n${i}. `);
    expect(p.practice.bg).toMatch(/Общинския план за развитие на социалните услуги 2016 – 2020 г\.$/);
    expect(p.results.bg).toContain('подкрепени са 600 деца и лица');
    const groups = 'children-at-risk youth-at-risk people-with-disabilities unemployed people-in-poverty';
    expect(p.targetGroups).toEqual(expect.arrayContaining(groups.split(' ')));
    const byNumber = (a: string, b: string) => +a - +b;
    const expected = '124 30 25 5 3 3 7 8 130 187 4 4 63 57 65 3 40 600'.split(' ');
    expect(p.indicators.map((i) => i.value).sort(byNumber)).toEqual(expected.sort(byNumber));
    expect(p.relatedProjectKeys).toEqual([]);
  });

  it('001: social services in Hisarya, Krichim and Saedinenie (PHARE)', () => {
    const p = project('hisarya-krichim-saedinenie-social-services');
    expect(p.title.bg).toBe(
      'Предоставяне на социални услуги за деца и семейства в общините Хисар, Кричим и Съединение',
    );
    expect(p.municipalityCodes).toEqual(['PDV37', 'PDV39', 'PDV33']);
    expect(p.municipalityCodes.map(nameOf)).toEqual(['Хисаря', 'Кричим', 'Съединение']);
    expect(p.specificObjectives).toHaveLength(4);
    expect(p.programmes.map((x) => x.name.bg)).toHaveLength(10);
    expect(p.programmes[0].name.bg).toBe('Първична превенция');
    expect(p.programmes[9].name.bg).toBe('Голям брат/ голяма сестра');
    expect(p.programmes.every((x) => x.name.en && x.description?.bg)).toBe(true);
    expect(p.activities).toHaveLength(10);
    expect(p.activities[1].description?.bg.split('\n')).toHaveLength(10);
    expect(p.expectedResults).toHaveLength(7);
    expect(projectSpan(p)).toBe('undefined..undefined YEAR');
    expect(p.budget).toBeUndefined();
    expect(p.documents).toEqual([]);
    expect(orgByKey.get(p.funderKey ?? '')?.name.bg).toBe('Програма ФАР на Европейския съюз');
    expect(p.fundingProgramme?.bg).toBe(
      'ФАР, Деинституционализация посредством предоставяне на услуги в общността за рискови групи',
    );
    expect(orgByKey.get(p.leadOrganizationKey)).toMatchObject({
      kind: 'NGO',
      name: { bg: 'Национален Алианс за работа с доброволци' },
    });
    expect(p.partners.map((x) => [orgByKey.get(x.organizationKey)?.kind, x.role])).toEqual([
      ['FOUNDATION', 'PARTNER'],
      ['MUNICIPALITY', 'PARTNER'],
      ['MUNICIPALITY', 'PARTNER'],
      ['MUNICIPALITY', 'PARTNER'],
    ]);
    const partnerCodes = p.partners.slice(1).map((x) => orgByKey.get(x.organizationKey)?.municipalityCode);
    expect(partnerCodes).toEqual(p.municipalityCodes);

    const v = volunteerProgrammes.find((x) => x.projectKey === p.key);
    expect(v).toMatchObject({
      organizationKey: p.leadOrganizationKey,
      municipalityCodes: p.municipalityCodes,
      status: 'PUBLISHED',
    });
  });

  it('002: trainings on deinstitutionalization (lead inferred)', () => {
    const p = project('deinstitutionalization-trainings');
    expect(p.leadOrganizationKey).toBe('za-nashite-detsa');
    expect(p.partners).toEqual([{ organizationKey: 'biomh-nbu', role: 'TRAINER' }]);
    expect(orgByKey.get('biomh-nbu')?.kind).toBe('ACADEMIC');
    expect(projectSpan(p)).toBe('2012-01-01..2013-12-31 YEAR');
    expect(p.municipalityCodes).toEqual([]);
    expect(p.generalGoal.bg).toMatch(/^Основната цел на проекта е да осигури плавен/);
    expect(p.activities.map((a) => a.name.bg)).toEqual([
      'Методология',
      'Анализ на потребностите',
      'Проучване на нагласите',
      'Събиране на база данни',
      'Провеждане на обучения',
      'Анализ ва обучителната програма',
      'Изготвяне на препоръки',
    ]);
  });

  it('003: „Инициатива за развитие и социално включване – за нашите деца“ (ESF)', () => {
    const p = project('za-nashite-detsa-social-inclusion');
    expect(p.title.bg).toBe('Инициатива за развитие и социално включване – за нашите деца');
    expect(p.budget).toEqual({ amount: '199994.17', currency: 'BGN' });
    expect(orgByKey.get(p.funderKey ?? '')).toMatchObject({
      kind: 'FUNDER',
      name: { bg: 'Европейски социален фонд' },
    });
    expect(p.fundingProgramme?.bg).toBe('Оперативна програма „Развитие на човешките ресурси“ 2014-2020');
    expect(projectSpan(p)).toBe('2019-09-15..2020-12-31 DAY');
    expect(p.municipalityCodes.map(nameOf)).toEqual([
      'Пловдив',
      'Марица',
      'Садово',
      'Куклен',
      'Родопи',
      'Перущица',
      'Стамболийски',
      'Асеновград',
    ]);
    expect(p.municipalityCodes.every((c) => municipalities.get(c)?.district_code === 'PDV')).toBe(true);
    expect(p.activities).toHaveLength(4);
    expect(p.programmes).toHaveLength(3);
    p.programmes.forEach((prog, i) =>
      expect(p.activities[i + 1].name.bg).toContain(`Разкриване на програма „${prog.name.bg}“`),
    );
    expect(p.expectedResults).toHaveLength(4);
    expect(orgByKey.get(p.leadOrganizationKey)?.kind).toBe('FOUNDATION');
  });

  it('Club of NGOs – Targovishte as a regional partner network', () => {
    const [n] = networks;
    expect(networks).toHaveLength(1);
    expect(n).toMatchObject({ scope: 'REGIONAL', coordinatorKey: 'club-ngo-targovishte' });
    expect(n.memberships).toEqual([
      { organizationKey: 'club-ngo-targovishte', role: 'COORDINATOR', joinedOn: '2013-07-01' },
    ]);
    expect(n.description?.bg).toContain('33');
  });
});

describe('generateVolunteers', () => {
  const keys = volunteerProgrammes.map((v) => v.key);

  it('is deterministic, and a longer list starts with the shorter one', () => {
    expect(generateVolunteers(60, keys)).toEqual(generateVolunteers(60, keys));
    expect(generateVolunteers(80, keys).slice(0, 30)).toEqual(generateVolunteers(30, keys));
    expect(generateVolunteers(0, keys)).toEqual([]);
    expect(() => generateVolunteers(-1, keys)).toThrow(RangeError);
  });

  it('produces plausible, consistent volunteers', () => {
    const programmeKeys = [...keys, 'second-programme', 'third-programme'];
    const volunteers = generateVolunteers(300, programmeKeys);
    expect(new Set(volunteers.map((v) => v.email)).size).toBe(300);
    expect(VOLUNTEER_MUNICIPALITY_CODES.length).toBeGreaterThan(5);
    for (const v of volunteers) {
      const [first, last, ...rest] = v.name.split(' ');
      expect(rest).toEqual([]);
      // Female first names end in -а/-я and take the -ова/-ева surname form.
      expect(/[ая]$/.test(first)).toBe(/(ов|ев)а$/.test(last));
      expect(v.email).toMatch(/^[a-z]+\.[a-z]+\d*@example\.org$/);
      if (v.phone) expect(v.phone).toMatch(/^\+359 8[789] \d{3} \d{4}$/);
      if (v.municipalityCode) {
        expect(municipalities.get(v.municipalityCode)?.district_code).toBe('PDV');
        expect(VOLUNTEER_MUNICIPALITY_CODES).toContain(v.municipalityCode);
      }
      expect(v.skills.length).toBeGreaterThan(0);
      expect(new Set(v.skills).size).toBe(v.skills.length);
      if (v.consentGivenAt) {
        expect(isDateTime(v.consentGivenAt)).toBe(true);
        expect(v.consentGivenAt.slice(0, 4)).toMatch(/^202[56]$/);
      } else {
        expect(v.vettingStatus).toBe('NOT_STARTED');
      }
      expect(v.assignments.length).toBeLessThanOrEqual(2);
      if (v.assignments.length > 0) expect(v.vettingStatus).toBe('APPROVED');
      for (const a of v.assignments) {
        expect(programmeKeys).toContain(a.programmeKey);
        expect(isDecimal(a.hoursLogged)).toBe(true);
        expect(isDate(a.from)).toBe(true);
        expect(a.from > (v.consentGivenAt ?? '')).toBe(true);
        if (a.to) expect(isDate(a.to) && a.to > a.from).toBe(true);
      }
    }
    const statuses = new Set(volunteers.map((v) => v.vettingStatus));
    expect(statuses).toEqual(new Set(['NOT_STARTED', 'IN_PROGRESS', 'APPROVED', 'REJECTED']));
    const assignmentCounts = new Set(volunteers.map((v) => v.assignments.length));
    expect(assignmentCounts).toEqual(new Set([0, 1, 2]));
  });

  it('gives no assignments when there are no programmes', () => {
    expect(generateVolunteers(50, []).every((v) => v.assignments.length === 0)).toBe(true);
  });
});
