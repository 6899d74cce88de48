import type { FeatureTexts } from '../../i18n/texts';

/** The texts of supervision teams. */
const texts: FeatureTexts = {
  resources: {
    supervisionTeams: {
      name: ['督导组', 'Supervision team |||| Supervision teams'],
      fields: {
        name: ['名称', 'Name'],
        scopeUnitId: ['督导范围', 'Scope'],
        scopeUnit: ['督导范围', 'Scope'],
        leaderUserId: ['组长', 'Leader'],
        memberUserIds: ['成员', 'Members'],
        members: ['成员', 'Members'],
        starCodes: ['负责的星类型', 'Stars'],
        active: ['启用', 'Active'],
      },
    },
  },
};

export default texts;
