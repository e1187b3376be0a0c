import Decimal from 'decimal.js';
import type { DataSource } from 'typeorm';
import { badInput, type FieldError, Reason, unknownReference } from '../../common/errors';
import type { LocalizedText } from '../../common/localized';
import { BGN_PER_EUR, Currency } from '../../common/money';
import { preparedRows } from '../../common/prepared';
import { type Principal, PUBLIC } from '../../common/principal';
import { visibleRows } from '../../common/visibility';
import type { GeographyService } from '../geography';
import { Indicator } from '../indicator';
import { Organization } from '../organization';
import { PracticeAdoption } from '../practice';
import { TargetGroup, Theme } from '../taxonomy';
import { peopleServedRows } from './people-served';
import type { StatisticsFilter } from './statistics.inputs';
import { chosenRecords, Parameters, type RecordKind, type StatisticsScope } from './statistics.sql';
import type {
  StatisticsAdoptions,
  StatisticsBudget,
  StatisticsDistrict,
  StatisticsDistrictCount,
  StatisticsFunder,
  StatisticsPeopleServed,
  StatisticsTheme,
  StatisticsYear,
} from './statistics.types';

type Row = Record<string, unknown>;

const unique = (values: readonly string[] | null | undefined) => [...new Set(values ?? [])];

/*
 * Budgets in both currencies. Each budget is converted once, rounded half-up to the cent like
 * Money.amountEur (money.ts; PostgreSQL's round() on numeric rounds halves away from zero), and
 * the sums add exact numerics: no float ever holds money.
 */
const RATE = BGN_PER_EUR.toString();
const BUDGET_BGN =
  `CASE r.budget_currency WHEN '${Currency.BGN}' THEN r.budget_amount ` +
  `WHEN '${Currency.EUR}' THEN round(r.budget_amount * ${RATE}, 2) END`;
const BUDGET_EUR =
  `CASE r.budget_currency WHEN '${Currency.EUR}' THEN r.budget_amount ` +
  `WHEN '${Currency.BGN}' THEN round(r.budget_amount / ${RATE}, 2) END`;
/** An exact sum as text with two decimals ("0.00" for nothing). */
const sum = (expression: string) => `round(COALESCE(SUM(${expression}), 0), 2)::text`;

/** Figures of `statistics`: each one SQL statement over the chosen records (statistics.sql.ts). */
export class StatisticsService {
  constructor(
    private readonly ds: DataSource,
    private readonly geography: GeographyService,
  ) {}

  /**
   * The filter checked: district and municipality codes against the NSI list (in memory), theme
   * and target group slugs against the terms outside the trash (one statement, only when given),
   * and the year range's order. Every mistake is reported at once.
   */
  async scope(
    filter: StatisticsFilter | null | undefined,
    reader: Principal = PUBLIC,
  ): Promise<StatisticsScope> {
    const scope: StatisticsScope = {
      districtCodes: unique(filter?.districtCodes),
      municipalityCodes: unique(filter?.municipalityCodes),
      themes: unique(filter?.themes),
      targetGroups: unique(filter?.targetGroups),
      yearFrom: filter?.yearFrom ?? null,
      yearTo: filter?.yearTo ?? null,
      reader: reader.kind === 'partner' ? reader : PUBLIC,
    };
    const errors: FieldError[] = [
      ...scope.districtCodes
        .filter((code) => !this.geography.district(code))
        .map((code) => unknownReference('filter.districtCodes', 'district code', code)),
      ...this.geography.checkMunicipalityCodes([...scope.municipalityCodes], 'filter.municipalityCodes'),
      ...(await this.unknownTerms(scope)),
    ];
    if (scope.yearFrom !== null && scope.yearTo !== null && scope.yearTo < scope.yearFrom) {
      errors.push({
        field: 'filter.yearTo',
        message: 'yearTo cannot be before yearFrom',
        reason: Reason.periodOrder,
        args: { from: 'filter.yearFrom' },
      });
    }
    if (errors.length > 0) throw badInput(errors);
    return scope;
  }

  private async unknownTerms(scope: StatisticsScope): Promise<FieldError[]> {
    if (!scope.themes.length && !scope.targetGroups.length) return [];
    const terms = [
      { field: 'filter.themes', type: 'theme', entity: Theme, slugs: scope.themes },
      { field: 'filter.targetGroups', type: 'target group', entity: TargetGroup, slugs: scope.targetGroups },
    ];
    const sql = terms
      .map(({ entity }, i) => {
        const meta = this.ds.getMetadata(entity);
        return (
          `SELECT ${i} AS term, t.slug FROM ${meta.tableName} t ` +
          `WHERE t.slug = ANY($${i + 1}) AND ${visibleRows(meta, 't', PUBLIC)}`
        );
      })
      .join(' UNION ALL ');
    const rows = await preparedRows(
      this.ds,
      sql,
      terms.map((t) => [...t.slugs]),
    );
    return terms.flatMap(({ field, type, slugs }, i) => {
      const found = new Set(rows.filter((r) => Number(r.term) === i).map((r) => String(r.slug)));
      return slugs.filter((slug) => !found.has(slug)).map((slug) => unknownReference(field, type, slug));
    });
  }

  /** Published practices and projects the filter chooses. */
  async counts(scope: StatisticsScope): Promise<Record<RecordKind, number>> {
    const params = new Parameters();
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['practice', 'project'], params)}) ` +
        'SELECT kind, COUNT(*)::int AS count FROM chosen GROUP BY kind',
      params,
    );
    const count = (kind: RecordKind) => Number(rows.find((r) => r.kind === kind)?.count ?? 0);
    return { practice: count('practice'), project: count('project') };
  }

  /** The rule and its breakdowns: see people-served.ts. Total, districts and target groups in one statement. */
  async peopleServed(scope: StatisticsScope): Promise<StatisticsPeopleServed> {
    const params = new Parameters();
    const indicator = this.ds.getMetadata(Indicator).tableName;
    const targetGroup = this.ds.getMetadata(TargetGroup);
    const indicators = (kind: RecordKind) =>
      `SELECT c.kind, c.id AS record_id, i.value, i.unit, i.label, i.target_group_id ` +
      `FROM chosen c JOIN ${indicator} i ON i.${kind}_id = c.id WHERE c.kind = '${kind}'`;
    const districts = (kind: RecordKind) =>
      `SELECT DISTINCT '${kind}'::text AS kind, j.${kind}_id AS record_id, m.district_code ` +
      `FROM ${kind}_municipality j JOIN municipality m ON m.code = j.municipality_code ` +
      `WHERE j.${kind}_id IN (SELECT record_id FROM people WHERE kind = '${kind}')`;
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['practice', 'project'], params)}), ` +
        `measured AS (${indicators('practice')} UNION ALL ${indicators('project')}), ` +
        `indicators AS (${peopleServedRows('measured')}), ` +
        'people AS (SELECT * FROM indicators WHERE counts), ' +
        `record_district AS (${districts('practice')} UNION ALL ${districts('project')}) ` +
        `SELECT 'total' AS dimension, NULL AS key, NULL::jsonb AS label, ` +
        'round(COALESCE(SUM(value) FILTER (WHERE counts), 0), 2)::text AS people, ' +
        '(COUNT(*) FILTER (WHERE counts))::int AS indicators, ' +
        '(COUNT(*) FILTER (WHERE NOT counts))::int AS excluded FROM indicators ' +
        `UNION ALL SELECT 'district', d.district_code, NULL, ${sum('p.value')}, COUNT(*)::int, 0 ` +
        'FROM people p JOIN record_district d ON d.kind = p.kind AND d.record_id = p.record_id ' +
        'GROUP BY d.district_code ' +
        `UNION ALL SELECT 'targetGroup', tg.slug, tg.label, ${sum('p.value')}, COUNT(*)::int, 0 ` +
        `FROM people p LEFT JOIN ${targetGroup.tableName} tg ON tg.id = p.target_group_id ` +
        `AND ${visibleRows(targetGroup, 'tg', PUBLIC)} GROUP BY tg.id`,
      params,
    );
    const [total] = rows.filter((r) => r.dimension === 'total');
    const most =
      <T extends { people: string }>(key: (row: T) => string) =>
      (a: T, b: T) =>
        new Decimal(b.people).comparedTo(a.people) || key(a).localeCompare(key(b));
    return {
      total: String(total.people),
      indicatorCount: Number(total.indicators),
      excludedIndicatorCount: Number(total.excluded),
      byDistrict: rows
        .filter((r) => r.dimension === 'district')
        .map((r) => ({
          district: this.district(String(r.key)),
          people: String(r.people),
          indicatorCount: Number(r.indicators),
        }))
        .sort(most((r) => r.district.code)),
      byTargetGroup: rows
        .filter((r) => r.dimension === 'targetGroup')
        .map((r) => ({
          targetGroup: r.key === null ? null : { slug: String(r.key), label: r.label as LocalizedText },
          people: String(r.people),
          indicatorCount: Number(r.indicators),
        }))
        // Indicators without a target group last among equals.
        .sort(most((r) => r.targetGroup?.slug ?? '\uffff')),
    };
  }

  /** Projects and their budgets per funder, largest EUR budget first. */
  async projectsByFunder(scope: StatisticsScope): Promise<StatisticsFunder[]> {
    const params = new Parameters();
    const organization = this.ds.getMetadata(Organization);
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['project'], params)}) ` +
        'SELECT o.id, o.slug, o.name, COUNT(*)::int AS count, COUNT(r.budget_amount)::int AS budgeted, ' +
        `${sum(BUDGET_BGN)} AS bgn, ${sum(BUDGET_EUR)} AS eur ` +
        'FROM chosen c JOIN project r ON r.id = c.id ' +
        `LEFT JOIN ${organization.tableName} o ON o.id = r.funder_id AND ${visibleRows(organization, 'o', PUBLIC)} ` +
        `GROUP BY o.id ORDER BY COALESCE(SUM(${BUDGET_EUR}), 0) DESC, COUNT(*) DESC, o.slug NULLS LAST`,
      params,
    );
    return rows.map((r) => ({
      funder:
        r.id === null ? null : { id: String(r.id), slug: String(r.slug), name: r.name as LocalizedText },
      count: Number(r.count),
      budgetedCount: Number(r.budgeted),
      budget: { bgn: String(r.bgn), eur: String(r.eur) },
    }));
  }

  /** Every chosen project's budget, in both currencies. */
  async budgetTotals(scope: StatisticsScope): Promise<StatisticsBudget> {
    const params = new Parameters();
    const [row] = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['project'], params)}) ` +
        `SELECT ${sum(BUDGET_BGN)} AS bgn, ${sum(BUDGET_EUR)} AS eur FROM chosen c JOIN project r ON r.id = c.id`,
      params,
    );
    return { bgn: String(row.bgn), eur: String(row.eur) };
  }

  /** Practices per year (statistics.sql.ts: recordYear), oldest first. */
  async practicesByYear(scope: StatisticsScope): Promise<StatisticsYear[]> {
    const params = new Parameters();
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['practice'], params)}) ` +
        'SELECT year, COUNT(*)::int AS count FROM chosen WHERE year IS NOT NULL GROUP BY year ORDER BY year',
      params,
    );
    return rows.map((r) => ({ year: Number(r.year), count: Number(r.count) }));
  }

  /** Practices per theme (themes in the trash left out), most first. */
  async practicesByTheme(scope: StatisticsScope): Promise<StatisticsTheme[]> {
    const params = new Parameters();
    const theme = this.ds.getMetadata(Theme);
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['practice'], params)}) ` +
        'SELECT t.slug, t.label, COUNT(*)::int AS count FROM chosen c ' +
        `JOIN practice_theme j ON j.practice_id = c.id JOIN ${theme.tableName} t ON t.id = j.theme_id ` +
        `AND ${visibleRows(theme, 't', PUBLIC)} GROUP BY t.id ORDER BY count DESC, t.slug`,
      params,
    );
    return rows.map((r) => ({
      theme: { slug: String(r.slug), label: r.label as LocalizedText },
      count: Number(r.count),
    }));
  }

  /** Practices per district they run in, most first. */
  async practicesByDistrict(scope: StatisticsScope): Promise<StatisticsDistrictCount[]> {
    const params = new Parameters();
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['practice'], params)}) ` +
        'SELECT m.district_code AS code, COUNT(DISTINCT c.id)::int AS count FROM chosen c ' +
        'JOIN practice_municipality j ON j.practice_id = c.id JOIN municipality m ON m.code = j.municipality_code ' +
        'GROUP BY m.district_code ORDER BY count DESC, code',
      params,
    );
    return rows.map((r) => ({ district: this.district(String(r.code)), count: Number(r.count) }));
  }

  /** Where the chosen practices were replicated (practice_adoption rows), per district, most first. */
  async adoptionsByDistrict(scope: StatisticsScope): Promise<StatisticsAdoptions[]> {
    const params = new Parameters();
    const adoption = this.ds.getMetadata(PracticeAdoption).tableName;
    const rows = await this.rows(
      `WITH chosen AS (${this.chosen(scope, ['practice'], params)}) ` +
        'SELECT m.district_code AS code, COUNT(*)::int AS count, ' +
        'COUNT(DISTINCT a.practice_id)::int AS practices FROM chosen c ' +
        `JOIN ${adoption} a ON a.practice_id = c.id JOIN municipality m ON m.code = a.municipality_code ` +
        'GROUP BY m.district_code ORDER BY count DESC, code',
      params,
    );
    return rows.map((r) => ({
      district: this.district(String(r.code)),
      count: Number(r.count),
      practiceCount: Number(r.practices),
    }));
  }

  private chosen(scope: StatisticsScope, kinds: RecordKind[], params: Parameters): string {
    return chosenRecords(this.ds, scope, kinds, params);
  }

  private rows(sql: string, params: Parameters): Promise<Row[]> {
    return preparedRows(this.ds, sql, params.values);
  }

  /** Names from the NSI reference data the geography module keeps in memory. */
  private district(code: string): StatisticsDistrict {
    const district = this.geography.district(code);
    return { code, name: { bg: district?.nameBg ?? code, en: district?.nameEn ?? null } };
  }
}
