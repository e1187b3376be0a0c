import type {
  CreateVolunteerAssignmentInput,
  UpdateVolunteerAssignmentInput,
  VolunteerAssignmentRowFragment,
} from '../../gql/graphql';
import { hoursInput, isHours } from '../programmes';

export interface AssignmentFormValues {
  programmeId: string | null;
  role: string;
  startsOn: string | null;
  endsOn: string | null;
  /** As typed: "12,5" or "12.5". */
  hours: string;
}

export function emptyAssignmentForm(programmeId: string | null = null): AssignmentFormValues {
  return { programmeId, role: '', startsOn: null, endsOn: null, hours: '0' };
}

export function assignmentFormValues(assignment: VolunteerAssignmentRowFragment): AssignmentFormValues {
  return {
    programmeId: assignment.programme?.id ?? null,
    role: assignment.role,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn ?? null,
    hours: assignment.hoursLogged.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1'),
  };
}

export type AssignmentProblem =
  | 'volunteers.assignments.programmeRequired'
  | 'volunteers.assignments.roleRequired'
  | 'volunteers.assignments.startRequired'
  | 'volunteers.assignments.endBeforeStart'
  | 'volunteers.assignments.hoursInvalid';

export function validateAssignmentForm(
  values: AssignmentFormValues,
  isNew: boolean,
): Record<string, AssignmentProblem> {
  const problems: Record<string, AssignmentProblem> = {};
  if (isNew && !values.programmeId) problems.programmeId = 'volunteers.assignments.programmeRequired';
  if (!values.role.trim()) problems.role = 'volunteers.assignments.roleRequired';
  if (!values.startsOn) problems.startsOn = 'volunteers.assignments.startRequired';
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn)
    problems.endsOn = 'volunteers.assignments.endBeforeStart';
  if (!isHours(values.hours)) problems.hours = 'volunteers.assignments.hoursInvalid';
  return problems;
}

/** Call after validation: the required fields are there. */
export function createAssignmentInput(
  values: AssignmentFormValues,
  volunteerId: string,
): CreateVolunteerAssignmentInput {
  return {
    volunteerId,
    programmeId: values.programmeId ?? '',
    role: values.role.trim(),
    startsOn: values.startsOn ?? '',
    endsOn: values.endsOn || null,
    hoursLogged: hoursInput(values.hours),
  };
}

export function updateAssignmentInput(
  values: AssignmentFormValues,
  id: string,
  version: number,
): UpdateVolunteerAssignmentInput {
  return {
    id,
    version,
    role: values.role.trim(),
    startsOn: values.startsOn ?? undefined,
    endsOn: values.endsOn || null,
    hoursLogged: hoursInput(values.hours),
  };
}

/** Where a server field error shows in the assignment form. */
export function assignmentFormPath(serverPath: string): string | null {
  if (serverPath === 'hoursLogged') return 'hours';
  if (['programmeId', 'role', 'startsOn', 'endsOn'].includes(serverPath)) return serverPath;
  return null;
}
