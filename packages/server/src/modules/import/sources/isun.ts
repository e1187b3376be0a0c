import type { LocalizedText } from '../../../common/localized';
import type {
  MoneyDraft,
  OrganizationDraft,
  ParsedSources,
  PeriodDraft,
  ProjectDraft,
  SourceFile,
  SourceProblem,
} from '../import.types';
import { periodFrom } from './dates-text';
import { euFund, type IsunLang } from './isun-labels';
import { normalCaseName, organizationKindOf } from './isun-names';
import { readIsunPage } from './isun-page';
import type { AmountText } from './money-text';
import { interpret, labelOf, MONEY_FIELDS, type MoneyField, type PageData, problem } from './isun-values';

/**
 * ИСУН/UMIS project pages (kind `isun`) → project drafts. The register's number (`Номер на проект от
 * ИСУН`) is the identity (`isun:<number>`); a Bulgarian page and the English page of the same number
 * in one batch become one draft with both languages.
 */

const localized = (bg: string | undefined, en: string | undefined): LocalizedText | undefined =>
  bg ? (en ? { bg, en } : { bg }) : undefined;

/** The two pages' language-neutral facts: from whichever has them; a disagreement is a warning. */
function mergeFacts(
  bg: PageData | undefined,
  en: PageData | undefined,
  problems: SourceProblem[],
): PageData['facts'] {
  const facts: PageData['facts'] = { ...en?.facts, ...bg?.facts };
  if (!bg || !en) return facts;
  for (const key of Object.keys(en.facts) as (keyof PageData['facts'])[]) {
    const [b, e] = [bg.facts[key], en.facts[key]];
    if (b === undefined || e === undefined || JSON.stringify(b) === JSON.stringify(e)) continue;
    // Place names differ by language by nature (Монтана / Montana): the Bulgarian ones are kept.
    if (key === 'places') continue;
    problems.push(
      problem(
        'warning',
        'languageConflict',
        `The Bulgarian and English pages differ on ${key}; the Bulgarian is kept`,
        {
          field: key,
          bg: JSON.stringify(b),
          en: JSON.stringify(e),
        },
      ),
    );
  }
  return facts;
}

function funderOf(
  bg: PageData | undefined,
  en: PageData | undefined,
  problems: SourceProblem[],
): OrganizationDraft | undefined {
  const [bgFund, enFund] = [bg?.texts.fund, en?.texts.fund];
  const known = [bgFund, enFund].map((f) => (f ? euFund(f) : undefined));
  if (bgFund && enFund && known[0] !== known[1]) {
    problems.push(
      problem(
        'warning',
        'languageConflict',
        `The pages name different funds (${bgFund} / ${enFund}); the Bulgarian is kept`,
        {
          field: 'funder',
          bg: bgFund,
          en: enFund,
        },
      ),
    );
  }
  const fund = known[0] ?? (bgFund ? undefined : known[1]);
  if (fund) return { name: { bg: fund.bg, en: fund.en }, kind: 'FUNDER' };
  const written = bgFund ?? enFund;
  return written
    ? { name: localized(written, enFund !== written ? enFund : undefined)!, kind: 'FUNDER' }
    : undefined;
}

function leadOrganizationOf(
  bg: PageData | undefined,
  en: PageData | undefined,
): OrganizationDraft | undefined {
  const bgName = bg?.texts.beneficiary ? normalCaseName(bg.texts.beneficiary, 'bg') : undefined;
  const enName = en?.texts.beneficiary ? normalCaseName(en.texts.beneficiary, 'en') : undefined;
  const name = localized(bgName, enName);
  if (!name) return undefined;
  const kind = organizationKindOf(name.bg) ?? (enName ? organizationKindOf(enName) : undefined);
  return kind ? { name, kind } : { name };
}

function periodOf(facts: PageData['facts'], problems: SourceProblem[]): PeriodDraft | undefined {
  const read = periodFrom(facts.from, facts.to);
  if (read?.backwards) {
    problems.push(
      problem(
        'error',
        'periodOrder',
        `The project ends (${facts.to?.date}) before it starts (${facts.from?.date})`,
        {
          from: facts.from?.date ?? '',
          to: facts.to?.date ?? '',
        },
      ),
    );
  }
  return read?.period;
}

/** Currency as stated; else BGN for a project contracted (or started) before the euro, else EUR. */
function moneyOf(
  field: MoneyField,
  amount: AmountText,
  facts: PageData['facts'],
  problems: SourceProblem[],
): MoneyDraft | undefined {
  if (amount.currency) return { amount: amount.amount, currency: amount.currency };
  const date = facts.contractDate ?? facts.from?.date;
  if (!date) {
    problems.push(
      problem(
        'error',
        'unknownCurrency',
        `${field} ${amount.amount} names no currency and the page no date to tell it by`,
        {
          field,
          value: amount.amount,
        },
      ),
    );
    return undefined;
  }
  return { amount: amount.amount, currency: date < '2026-01-01' ? 'BGN' : 'EUR' };
}

/** Activities by position: the English page's n-th item translates the Bulgarian page's n-th. */
function activitiesOf(
  bg: PageData | undefined,
  en: PageData | undefined,
  problems: SourceProblem[],
): LocalizedText[] | undefined {
  const [b, e] = [bg?.activities ?? [], en?.activities ?? []];
  if (b.length && e.length && b.length !== e.length) {
    problems.push(
      problem(
        'warning',
        'activitiesMismatch',
        `${b.length} Bulgarian and ${e.length} English activities: paired in order`,
        {
          bg: b.length,
          en: e.length,
        },
      ),
    );
  }
  return b.length ? b.map((item, i) => localized(item, e[i])!) : undefined;
}

function englishOnly(bg: PageData | undefined, en: PageData | undefined, problems: SourceProblem[]): void {
  if (!en) return;
  const fields = (['summary', 'beneficiary', 'programme'] as const).filter(
    (f) => en.texts[f] && !bg?.texts[f],
  );
  if (en.activities?.length && !bg?.activities?.length) fields.push('activities' as never);
  for (const field of fields) {
    problems.push(
      problem(
        'warning',
        'englishOnly',
        `${field} is given only in English: Obmen needs the Bulgarian text first`,
        {
          field,
        },
      ),
    );
  }
}

function draftOf(pages: PageData[]): ProjectDraft {
  const bg = pages.find((p) => p.page.lang === 'bg');
  const en = pages.find((p) => p.page.lang === 'en');
  const problems = pages.flatMap((p) => p.problems);
  const facts = mergeFacts(bg, en, problems);
  const title = localized(bg?.texts.title, en?.texts.title);
  if (!title) {
    const message = bg
      ? `The page has no "${labelOf('title', 'bg')}"`
      : 'No Bulgarian page: Obmen needs the Bulgarian title';
    problems.push(problem('error', 'missingTitle', message));
  }
  englishOnly(bg, en, problems);
  const money: Partial<Record<MoneyField, MoneyDraft>> = {};
  for (const field of MONEY_FIELDS) {
    const amount = facts[field];
    const value = amount ? moneyOf(field, amount, facts, problems) : undefined;
    if (value) money[field] = value;
  }
  const draft: ProjectDraft = {
    type: 'project',
    sourceKey: `isun:${pages[0].number}`,
    origin: pages.map((p) => p.page.origin).join(' + '),
    places: facts.places ?? [],
    problems,
    title: title ?? { bg: '' },
    summary: localized(bg?.texts.summary, en?.texts.summary),
    activities: activitiesOf(bg, en, problems),
    referenceNumber: pages[0].number,
    contractNumber: facts.contractNumber,
    leadOrganization: leadOrganizationOf(bg, en),
    funder: funderOf(bg, en, problems),
    fundingProgramme: localized(bg?.texts.programme, en?.texts.programme),
    contractDate: facts.contractDate,
    period: periodOf(facts, problems),
    implementationStatus: facts.status,
    ...money,
    euSharePercent: facts.euSharePercent,
    sourceUrl: bg?.page.sourceUrl ?? en?.page.sourceUrl,
  };
  // Absent values are left out rather than set to undefined, so a draft reads as the page did.
  return Object.fromEntries(
    Object.entries(draft).filter(([, v]) => v !== undefined),
  ) as unknown as ProjectDraft;
}

/**
 * Parses saved ИСУН/UMIS project pages (one page per file, with or without the provenance header
 * before `---`). `options.lang` says which language the pages are in; without it each page's `LANG:`
 * header line, or else its labels, tell.
 */
export function parseIsun(files: SourceFile[], options: { lang?: IsunLang } = {}): ParsedSources {
  const refused: ParsedSources['refused'] = [];
  const byNumber = new Map<string, PageData[]>();
  for (const file of files) {
    const data = interpret(readIsunPage(file.name, file.text, options.lang));
    if ('refused' in data) {
      refused.push({ origin: file.name, problems: data.refused });
      continue;
    }
    const pages = byNumber.get(data.number) ?? [];
    const twin = pages.find((p) => p.page.lang === data.page.lang);
    if (twin) {
      refused.push({
        origin: file.name,
        problems: [
          problem(
            'error',
            'duplicatePage',
            `A second ${data.page.lang} page of ${data.number} (the first is ${twin.page.origin})`,
            {
              number: data.number,
              first: twin.page.origin,
            },
          ),
        ],
      });
      continue;
    }
    byNumber.set(data.number, [...pages, data]);
  }
  return { drafts: [...byNumber.values()].map(draftOf), refused };
}
