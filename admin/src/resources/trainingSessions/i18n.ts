import type { FeatureTexts } from '../../i18n/texts';

/** The texts of training sessions. */
const texts: FeatureTexts = {
  resources: {
    trainingSessions: {
      name: ['专题培训', 'Training session |||| Training sessions'],
      fields: {
        unitId: ['组织单位', 'Organizer'],
        unit: ['组织单位', 'Organizer'],
        title: ['主题', 'Title'],
        heldOn: ['培训日期', 'Held on'],
        place: ['地点', 'Place'],
        materials: ['培训材料', 'Materials'],
        signInCode: ['签到码', 'Sign-in code'],
        expected: ['应参训', 'Expected'],
        attended: ['已签到', 'Attended'],
        attendance: ['各单位参训', 'Attendance per unit'],
        audienceUnitIds: ['参训单位', 'Audience units'],
        audienceRoles: ['参训职务', 'Audience roles'],
      },
    },
  },
};

export default texts;
