import type { FeatureTexts } from '../../i18n/texts';

/** The texts of monthly observations. */
const texts: FeatureTexts = {
  resources: {
    monthlyObservations: {
      name: ['月度观摩', 'Monthly tour |||| Monthly tours'],
      fields: {
        unitId: ['组织单位', 'Organizer'],
        unit: ['组织单位', 'Organizer'],
        heldOn: ['观摩日期', 'Held on'],
        title: ['主题', 'Title'],
        participants: ['参加人员', 'Participants'],
        note: ['备注', 'Note'],
        visits: ['观摩点及评分', 'Visits and scores'],
        score: ['得分', 'Score'],
        comment: ['点评', 'Comment'],
        month: ['月份', 'Month'],
      },
    },
  },
};

export default texts;
