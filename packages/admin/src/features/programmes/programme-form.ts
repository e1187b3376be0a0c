import type {
  ContentStatus,
  CreateVolunteerProgrammeInput,
  UpdateVolunteerProgrammeInput,
  VolunteerProgrammeEditFragment,
} from '../../gql/graphql';
import {
  type BilingualText,
  optionalTextInput,
  requiredTextInput,
  checkTexts,
  nameAndDescription,
} from '../../shared/components/bilingual-text';

export const PROGRAMME_TEXT_FIELDS = ['name', 'description'] as const;
export type ProgrammeTextField = (typeof PROGRAMME_TEXT_FIELDS)[number];

/** The form mirrors the input's shape, so server field paths ("name.bg") fit as they are. */
export interface ProgrammeFormValues extends Record<ProgrammeTextField, BilingualText> {
  status: ContentStatus;
  organizationId: string | null;
  projectId: string | null;
  municipalityCodes: string[];
}

export function emptyProgrammeForm(): ProgrammeFormValues {
  return {
    name: { bg: '', en: '' },
    description: { bg: '', en: '' },
    status: 'DRAFT',
    organizationId: null,
    projectId: null,
    municipalityCodes: [],
  };
}

/** Values from the programme read in Bulgarian and English; English filled in from Bulgarian is no translation. */
export function programmeFormValues(
  bg: VolunteerProgrammeEditFragment,
  en: VolunteerProgrammeEditFragment | null | undefined,
): ProgrammeFormValues {
  return {
    ...nameAndDescription(bg, en),
    status: bg.status,
    organizationId: bg.organization?.id ?? null,
    projectId: bg.project?.id ?? null,
    municipalityCodes: bg.municipalities.map((m) => m.code),
  };
}

export function createProgrammeInput(values: ProgrammeFormValues): CreateVolunteerProgrammeInput {
  return {
    name: requiredTextInput(values.name),
    description: optionalTextInput(values.description),
    status: values.status,
    organizationId: values.organizationId,
    projectId: values.projectId,
    municipalityCodes: [...values.municipalityCodes],
  };
}

/**
 * An update at the version read. `withStatus: false` leaves the status out, for roles that
 * may not change it (coordinators): the server then keeps it as it is.
 */
export function updateProgrammeInput(
  values: ProgrammeFormValues,
  id: string,
  version: number,
  withStatus = true,
): UpdateVolunteerProgrammeInput {
  const { status, ...rest } = createProgrammeInput(values);
  return { ...rest, ...(withStatus ? { status } : {}), id, version };
}

export type ProgrammeFormProblem = 'programmes.form.nameRequired' | 'programmes.form.bgRequired';

/** Checks the browser can make before the server does; values name messages. */
export function validateProgrammeForm(values: ProgrammeFormValues): Record<string, ProgrammeFormProblem> {
  const problems: Record<string, ProgrammeFormProblem> = checkTexts(values, ['name', 'description'], {
    required: 'programmes.form.nameRequired',
    bgRequired: 'programmes.form.bgRequired',
  });
  return problems;
}

const FORM_PATHS = new Set([
  'name.bg',
  'name.en',
  'description.bg',
  'description.en',
  'status',
  'organizationId',
  'projectId',
  'municipalityCodes',
]);

/** Where a server field error shows: "name" on its Bulgarian field, "municipalityCodes.2" on the list. */
export function programmeFormPath(serverPath: string): string | null {
  if (FORM_PATHS.has(serverPath)) return serverPath;
  if ((PROGRAMME_TEXT_FIELDS as readonly string[]).includes(serverPath)) return `${serverPath}.bg`;
  const list = /^(municipalityCodes)\.\d+$/.exec(serverPath);
  return list ? list[1] : null;
}
