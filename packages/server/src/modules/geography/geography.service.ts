import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { badInput, type FieldError, unknownReference } from '../../common/errors';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { District, Municipality } from './geography.entity';
import type { DistrictsArgs, MunicipalitiesArgs } from './geography.inputs';
import { findMunicipality, loadReferenceData, normalizePlaceName } from './geography.reference';

const BY_CODE = { column: 'code', sqlType: 'text' } as const;

/**
 * Districts and municipalities are public NSI reference data: written once at start-up from
 * the committed CSV, then served from memory so nested fields cost no statements.
 */
export class GeographyService {
  private districts = new Map<string, District>();
  private municipalities = new Map<string, Municipality>();

  constructor(private readonly ds: DataSource) {}

  /** Idempotent: inserts new codes and refreshes names of existing ones. */
  async syncReferenceData(manager: EntityManager = this.ds.manager): Promise<void> {
    const data = loadReferenceData();
    await manager.upsert(District, data.districts, ['code']);
    await manager.upsert(
      Municipality,
      data.municipalities.map(({ aliases, ...m }) => ({ ...m, aliases })),
      ['code'],
    );
  }

  async warmCache(): Promise<void> {
    const [districts, municipalities] = await Promise.all([
      this.ds.getRepository(District).find(),
      this.ds.getRepository(Municipality).find(),
    ]);
    this.districts = new Map(districts.map((d) => [d.code, d]));
    this.municipalities = new Map(municipalities.map((m) => [m.code, m]));
  }

  district(code: string): District | null {
    return this.districts.get(code) ?? null;
  }

  municipality(code: string): Municipality | null {
    return this.municipalities.get(code) ?? null;
  }

  /** Municipalities by the names texts use ("гр. Асеновград", "Хисар"). */
  findByName(name: string): Municipality[] {
    return findMunicipality(name).flatMap((m) => this.municipality(m.code) ?? []);
  }

  /**
   * Field errors for codes that are not NSI municipality codes, on `field` or, for codes that
   * sit in items of a list, on the item's own field (`(i) => \`adoptions.${i}.municipalityCode\``).
   */
  checkMunicipalityCodes(
    codes: string[] | null | undefined,
    field: string | ((index: number) => string),
  ): FieldError[] {
    return (codes ?? []).flatMap((code, index) =>
      this.municipalities.has(code)
        ? []
        : [unknownReference(typeof field === 'string' ? field : field(index), 'municipality code', code)],
    );
  }

  assertMunicipalityCodes(
    codes: string[] | null | undefined,
    field: string | ((index: number) => string),
  ): void {
    const errors = this.checkMunicipalityCodes(codes, field);
    if (errors.length > 0) throw badInput(errors);
  }

  listDistricts(args: DistrictsArgs) {
    const query = this.ds.getRepository(District).createQueryBuilder('district');
    const { districtCodes, search } = args.filter ?? {};
    if (districtCodes?.length) query.andWhere('district.code IN (:...districtCodes)', { districtCodes });
    if (search) this.searchNames(query, 'district', search);
    return paginate(
      query,
      { expression: 'district.code', sqlType: 'text', direction: SortDirection.ASC },
      args,
      { tie: BY_CODE },
    );
  }

  listMunicipalities(args: MunicipalitiesArgs) {
    const query = this.ds.getRepository(Municipality).createQueryBuilder('municipality');
    const { districtCodes, municipalityCodes, search } = args.filter ?? {};
    if (districtCodes?.length) {
      query.andWhere('municipality.districtCode IN (:...districtCodes)', { districtCodes });
    }
    if (municipalityCodes?.length) {
      query.andWhere('municipality.code IN (:...municipalityCodes)', { municipalityCodes });
    }
    if (search) this.searchNames(query, 'municipality', search, true);
    return paginate(
      query,
      { expression: 'municipality.code', sqlType: 'text', direction: SortDirection.ASC },
      args,
      { tie: BY_CODE },
    );
  }

  private searchNames<T extends object>(
    query: SelectQueryBuilder<T>,
    alias: string,
    search: string,
    withAliases = false,
  ): void {
    const name = normalizePlaceName(search);
    const aliasMatch = withAliases
      ? ` OR EXISTS (SELECT 1 FROM unnest(${alias}.aliases) a WHERE lower(a) = :exact)`
      : '';
    query.andWhere(
      `(lower(${alias}.nameBg) LIKE :pattern OR lower(${alias}.nameEn) LIKE :pattern${aliasMatch})`,
      { pattern: `%${name.replace(/[\\%_]/g, '\\$&')}%`, exact: name },
    );
  }
}
