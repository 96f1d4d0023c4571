// Directory and account policies by role: personal data, the export, disabling accounts.
import { describe, expect, it } from 'vitest';
import { seesPersonalData, whyNotExport } from '../../../src/features/staff/staff.policy.ts';
import { whyNotSetDisabled } from '../../../src/features/users/users.policy.ts';
import { outcome, person, ROLES_UNDER_TEST, type RoleUnderTest } from './matrix.ts';

const NO = '403 error.forbidden.body';
// prettier-ignore
const table: Record<RoleUnderTest, { birthDates: boolean; exportDirectory: string; disableOther: string; disableSelf: string }> = {
  staff:              { birthDates: false, exportDirectory: NO, disableOther: NO, disableSelf: NO },
  group_leader:       { birthDates: false, exportDirectory: NO, disableOther: NO, disableSelf: NO },
  council_member:     { birthDates: true, exportDirectory: NO, disableOther: NO, disableSelf: NO },
  initiative_council: { birthDates: true, exportDirectory: NO, disableOther: NO, disableSelf: NO },
  secretary:          { birthDates: true, exportDirectory: 'allowed', disableOther: NO, disableSelf: NO },
  vice_chair:         { birthDates: true, exportDirectory: NO, disableOther: NO, disableSelf: NO },
  chair:              { birthDates: true, exportDirectory: 'allowed', disableOther: NO, disableSelf: NO },
  admin:              { birthDates: true, exportDirectory: 'allowed', disableOther: 'allowed', disableSelf: '403 users.notSelf' },
};

describe('directory and account policies', () => {
  it.each(ROLES_UNDER_TEST)('%s', (role) => {
    const who = person(role);
    expect({
      birthDates: seesPersonalData(who),
      exportDirectory: outcome(whyNotExport(who)),
      disableOther: outcome(whyNotSetDisabled(who, 'someone-else')),
      disableSelf: outcome(whyNotSetDisabled(who, who.id)),
    }).toEqual(table[role]);
  });
});
