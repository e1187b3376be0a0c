import bg from '../i18n/bg.json';
import en from '../i18n/en.json';
import { SECTION_PAGES } from './section-pages';
import {
  EMBEDDED_LOCALIZED_TYPES,
  HISTORY_SECTIONS,
  LOCALIZED_TYPES,
  NAV_SECTIONS,
  recordPath,
  SECTIONS,
  TRASH_TYPES,
} from './sections';

/** Every path the router serves below the frame ('' for the index route). */
const served = SECTION_PAGES.map(({ route }) => (route.index ? '' : (route.path ?? '')));
const serves = (path: string) => served.includes(path.replace(/^\//, ''));
const all = SECTIONS as readonly (typeof SECTIONS)[number][] as readonly {
  key: string;
  path?: string;
  contentType?: string;
  history?: { fields: readonly string[] };
  trash?: readonly { type: string }[];
}[];

describe('section descriptors', () => {
  it('name each section and address once', () => {
    const keys = all.map((s) => s.key);
    const paths = all.flatMap((s) => (s.path ? [s.path] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('give every navigation entry a route, an icon and a message in each language', () => {
    for (const section of NAV_SECTIONS) {
      expect(serves(section.path)).toBe(true);
      expect(section.icon).toBeDefined();
      expect(bg.nav).toHaveProperty(section.key);
      expect(en.nav).toHaveProperty(section.key);
    }
  });

  it('give every section with a history a history route, an edit route and per-language caching', () => {
    expect(HISTORY_SECTIONS.map((s) => s.contentType)).toEqual([
      'Practice',
      'Project',
      'Organization',
      'PartnerNetwork',
      'VolunteerProgramme',
    ]);
    for (const { path, contentType } of HISTORY_SECTIONS) {
      expect(serves(`${path}/:id/history`)).toBe(true);
      expect(serves(`${path}/:id`)).toBe(true);
      expect(LOCALIZED_TYPES).toContain(contentType);
    }
    // No history route without a section that keeps one.
    const historyRoutes = served.filter((p) => p.endsWith('/:id/history'));
    expect(historyRoutes).toHaveLength(HISTORY_SECTIONS.length);
  });

  it('order each history by its own fields, each named once and labelled in each language', () => {
    const unlabelled = (labels: Record<string, string>) =>
      HISTORY_SECTIONS.flatMap((s) => s.fields).filter((field) => !(field in labels));
    for (const { contentType, fields } of HISTORY_SECTIONS) {
      expect([contentType, fields.length > 0]).toEqual([contentType, true]);
      expect([contentType, new Set(fields).size]).toEqual([contentType, fields.length]);
    }
    expect(unlabelled(bg.history.fields)).toEqual([]);
    expect(unlabelled(en.history.fields)).toEqual([]);
    // Each type in its own order: a project's budget is not among a practice's fields.
    const fieldsOf = (type: string) => HISTORY_SECTIONS.find((s) => s.contentType === type)?.fields;
    expect(fieldsOf('Practice')).toContain('adoptions');
    expect(fieldsOf('Practice')).not.toContain('budget');
    expect(fieldsOf('Project')?.slice(0, 2)).toEqual(['title', 'summary']);
    expect(fieldsOf('Organization')?.[0]).toBe('name');
  });

  it('list each trash type once, with its tab name in each language, personal ones for admins', () => {
    const types = TRASH_TYPES.map((t) => t.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual([
      'Practice',
      'Project',
      'Organization',
      'PartnerNetwork',
      'VolunteerProgramme',
      'Volunteer',
      'VolunteerAssignment',
      'Theme',
      'TargetGroup',
      'ServiceType',
    ]);
    expect(TRASH_TYPES.filter((t) => t.personal).map((t) => t.type)).toEqual([
      'Volunteer',
      'VolunteerAssignment',
    ]);
    for (const type of types) {
      expect(bg.trash.types).toHaveProperty(type);
      expect(en.trash.types).toHaveProperty(type);
    }
    // A trashed type is either edited in its section (restored records link there) or has no page.
    for (const section of all)
      for (const { type } of section.trash ?? [])
        expect(type === section.contentType || !all.some((s) => s.contentType === type)).toBe(true);
  });

  it('link a record to its section’s edit page, which the router serves', () => {
    for (const section of all) {
      if (!section.path || !section.contentType) continue;
      expect(recordPath(section.contentType, 'r1')).toBe(`${section.path}/r1`);
      expect(serves(`${section.path}/:id`)).toBe(true);
    }
    expect(recordPath('Project', 'p1')).toBe('/projects/p1');
    expect(recordPath('Organization', 'o1')).toBe('/organizations/o1');
    expect(recordPath('Volunteer', 'v1')).toBe('/volunteers/v1');
    expect(recordPath('Theme', 't1')).toBeNull();
    expect(recordPath('ApiToken', 't1')).toBeNull();
  });

  it('cache every localized type per language, and their parts inside them', () => {
    expect([...LOCALIZED_TYPES].sort()).toEqual(
      [
        'Organization',
        'PartnerNetwork',
        'Practice',
        'Project',
        'ServiceType',
        'TargetGroup',
        'Theme',
        'VolunteerProgramme',
      ].sort(),
    );
    expect([...EMBEDDED_LOCALIZED_TYPES].sort()).toEqual([
      'Indicator',
      'PracticeAdoption',
      'ProjectDocument',
    ]);
  });
});
