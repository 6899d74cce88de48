import type { FeatureTexts } from '../../i18n/texts';

/** The texts of people. */
const texts: FeatureTexts = {
  resources: {
    people: {
      name: ['人员', 'Person |||| People'],
      fields: {
        name: ['姓名', 'Name'],
        title: ['职务说明', 'Title'],
        unitId: ['所属单元', 'Unit'],
        unit: ['所属单元', 'Unit'],
        currentPositions: ['现任职务', 'Current positions'],
      },
    },
  },
  messages: {
    people: {
      positions_history: ['任职记录', 'Position history'],
      appoint: ['任命', 'Appoint'],
    },
  },
};

export default texts;
