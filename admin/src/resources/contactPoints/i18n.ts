import type { FeatureTexts } from '../../i18n/texts';

/** The texts of contact points. */
const texts: FeatureTexts = {
  resources: {
    contactPoints: {
      name: ['联系点', 'Contact point |||| Contact points'],
      fields: {
        leaderId: ['县级领导', 'County-level leader'],
        leader: ['县级领导', 'County-level leader'],
        unitId: ['联系单元', 'Unit'],
        unit: ['联系单元', 'Unit'],
        note: ['备注（长板/短板/底板）', 'Note (strengths, gaps, foundations)'],
      },
    },
  },
  messages: {
    contactPoints: {
      leader_hint: ['仅列出今天在任的县级领导', 'Only county-level leaders in office today are listed'],
    },
  },
};

export default texts;
