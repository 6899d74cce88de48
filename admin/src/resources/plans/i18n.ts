import type { FeatureTexts } from '../../i18n/texts';

/** The texts of plans. */
const texts: FeatureTexts = {
  resources: {
    plans: {
      name: ['创建规划', 'Plan |||| Plans'],
      fields: {
        unitId: ['单元', 'Unit'],
        unit: ['单元', 'Unit'],
        year: ['年度', 'Year'],
        level: ['层级', 'Level'],
        title: ['标题', 'Title'],
        note: ['目标与说明', 'Goals and notes'],
        stars: ['星目标（保/冲/争）', 'Star goals'],
        'stars.starCode': ['星类型', 'Star'],
        'stars.intent': ['保/冲/争', 'Intent'],
        'stars.ownerId': ['包星人', 'Owner'],
        rollup: ['汇总', 'Roll-up'],
      },
    },
  },
  enums: {
    PlanLevel: {
      DISTRICT: ['区级', 'District'],
      TOWNSHIP: ['乡镇（街道）级', 'Township'],
      BRANCH: ['支部级', 'Branch'],
    },
    PlanStarIntent: { KEEP: ['保', 'Keep'], TARGET: ['冲', 'Target'], STRIVE: ['争', 'Strive'] },
  },
};

export default texts;
