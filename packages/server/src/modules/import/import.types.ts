import type { LocalizedText } from '../../common/localized';

/*
 * What a source parser (sources/*.ts) makes of one source record, before anything touches the
 * database: plain data the import engine compares with what Obmen holds, matches (places,
 * organizations) and writes. A parser never guesses: what it cannot read becomes a `problem`.
 */

/** Something in a source the report tells the user about; `reason` + `args` are worded by the UI. */
export interface SourceProblem {
  /** e.g. `unknownLabel`, `badDate`, `badAmount`, `missingTitle`, `unknownPlace`, `ambiguousPlace`. */
  reason: string;
  /** English, for the CLI and the log. */
  message: string;
  args?: Record<string, string | number>;
  /** `error`: the record is refused; `warning`: imported, with this said in the report. */
  severity: 'error' | 'warning';
}

/** An amount exactly as written in the source, normalized: `"499990.86"` (never a float). */
export interface MoneyDraft {
  amount: string;
  currency: 'BGN' | 'EUR';
}

/** An organization named by a source: matched by name, created when nothing matches. */
export interface OrganizationDraft {
  name: LocalizedText;
  /** When the source says (a municipality's administration is MUNICIPALITY). */
  kind?: 'NGO' | 'MUNICIPALITY' | 'FOUNDATION' | 'FUNDER' | 'PUBLIC_AGENCY' | 'ACADEMIC' | 'BUSINESS';
  /** NSI code when the source places it. */
  municipalityCode?: string;
  /** A place name the engine matches to `municipalityCode` (e.g. the town of its address). */
  placeName?: string;
  description?: LocalizedText;
  contact?: ContactDraft;
}

export interface ContactDraft {
  person?: string;
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
}

/** Dates are ISO `YYYY-MM-DD`; `precision` says whether day, month or year is meant. */
export interface PeriodDraft {
  from?: string;
  to?: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
}

interface DraftBase {
  /**
   * The record's identity in its source, stable across re-imports: e.g. `isun:BG051PO001-…`,
   * `flgr:…`, `csv:practice:<id column>`. Re-importing the same key updates the same record.
   */
  sourceKey: string;
  /** Which file (and line or section) it came from, for the report. */
  origin: string;
  /**
   * Place names exactly as the source writes them (`Община Монтана`, `гр. Монтана`, `Montana`,
   * `Търговищка община`); the engine matches them to NSI codes and reports what it cannot.
   */
  places: string[];
  /**
   * Whole districts the source names ("в петте общини на област Търговище"): every municipality of
   * the district, when `count` (if the source says how many) agrees with the reference data.
   */
  districts?: { name: string; count?: number }[];
  problems: SourceProblem[];
}

export interface PracticeDraft extends DraftBase {
  type: 'practice';
  title: LocalizedText;
  summary?: LocalizedText;
  background?: LocalizedText;
  practice?: LocalizedText;
  results?: LocalizedText;
  period?: PeriodDraft;
  organization?: OrganizationDraft;
  innovator?: string;
  contact?: ContactDraft;
  /** ISO date-time. */
  publishedAt?: string;
  /** The source page's address, when it has one. */
  sourceUrl?: string;
}

/** Implementation status as public registers give it (ИСУН: Договориран, В изпълнение, Приключен…). */
export type ImplementationStatusDraft = 'CONTRACTED' | 'ONGOING' | 'COMPLETED' | 'TERMINATED';

export interface ProjectDraft extends DraftBase {
  type: 'project';
  title: LocalizedText;
  summary?: LocalizedText;
  /** ИСУН `Дейности` and the like, one item each, in order. */
  activities?: LocalizedText[];
  /** Registration number (ИСУН `Номер на проект от ИСУН`); `contractNumber` is `Номер на проект`. */
  referenceNumber?: string;
  contractNumber?: string;
  leadOrganization?: OrganizationDraft;
  funder?: OrganizationDraft;
  fundingProgramme?: LocalizedText;
  /** ISO date of the contracting authority's decision / the contract. */
  contractDate?: string;
  period?: PeriodDraft;
  implementationStatus?: ImplementationStatusDraft;
  /** Total cost. */
  budget?: MoneyDraft;
  grant?: MoneyDraft;
  selfFinance?: MoneyDraft;
  totalPaid?: MoneyDraft;
  /** e.g. `"85"` or `"85.00"`, as a decimal string. */
  euSharePercent?: string;
  sourceUrl?: string;
}

export interface OrganizationRecordDraft extends DraftBase {
  type: 'organization';
  organization: OrganizationDraft;
}

export type RecordDraft = PracticeDraft | ProjectDraft | OrganizationRecordDraft;

/** One source file as the user gave it. */
export interface SourceFile {
  name: string;
  text: string;
}

/** What a parser gives back for a batch of files: records, and whole files it could not read. */
export interface ParsedSources {
  drafts: RecordDraft[];
  refused: { origin: string; problems: SourceProblem[] }[];
  /** Warnings about a whole file that was still read (e.g. a spreadsheet's unknown columns). */
  warnings?: { origin: string; problems: SourceProblem[] }[];
}
