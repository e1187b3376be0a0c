import type { VolunteerAssignmentRowFragment } from '../../gql/graphql';
import {
  assignmentFormPath,
  assignmentFormValues,
  createAssignmentInput,
  emptyAssignmentForm,
  updateAssignmentInput,
  validateAssignmentForm,
} from './assignment-form';

const assignment: VolunteerAssignmentRowFragment = {
  __typename: 'VolunteerAssignment',
  id: 'a1',
  version: 3,
  role: 'помощ в занималня',
  startsOn: '2025-04-16',
  endsOn: null,
  hoursLogged: '91.50',
  programme: {
    __typename: 'VolunteerProgramme',
    id: 'vp1',
    name: 'Голям брат',
    localization: { __typename: 'Localization', requested: 'BG' },
  },
};

describe('assignment form', () => {
  it('reads an assignment, hours as a person would type them', () => {
    expect(assignmentFormValues(assignment)).toEqual({
      programmeId: 'vp1',
      role: 'помощ в занималня',
      startsOn: '2025-04-16',
      endsOn: null,
      hours: '91.5',
    });
    expect(assignmentFormValues({ ...assignment, hoursLogged: '12.00' }).hours).toBe('12');
    expect(assignmentFormValues({ ...assignment, hoursLogged: '12.25' }).hours).toBe('12.25');
  });

  it('validates what the server requires', () => {
    expect(validateAssignmentForm({ ...emptyAssignmentForm(), hours: '1,234' }, true)).toEqual({
      programmeId: 'volunteers.assignments.programmeRequired',
      role: 'volunteers.assignments.roleRequired',
      startsOn: 'volunteers.assignments.startRequired',
      hours: 'volunteers.assignments.hoursInvalid',
    });
    expect(
      validateAssignmentForm(
        { programmeId: null, role: 'ментор', startsOn: '2025-05-01', endsOn: '2025-04-01', hours: '3' },
        false,
      ),
    ).toEqual({ endsOn: 'volunteers.assignments.endBeforeStart' });
  });

  it('makes the create and update inputs', () => {
    const values = {
      programmeId: 'vp1',
      role: ' ментор ',
      startsOn: '2025-05-01',
      endsOn: '',
      hours: '12,5',
    };
    expect(createAssignmentInput(values, 'v1')).toEqual({
      volunteerId: 'v1',
      programmeId: 'vp1',
      role: 'ментор',
      startsOn: '2025-05-01',
      endsOn: null,
      hoursLogged: '12.5',
    });
    expect(updateAssignmentInput(values, 'a1', 3)).toEqual({
      id: 'a1',
      version: 3,
      role: 'ментор',
      startsOn: '2025-05-01',
      endsOn: null,
      hoursLogged: '12.5',
    });
  });

  it('maps server paths to its fields', () => {
    expect(assignmentFormPath('hoursLogged')).toBe('hours');
    expect(assignmentFormPath('endsOn')).toBe('endsOn');
    expect(assignmentFormPath('volunteerId')).toBeNull();
  });
});
