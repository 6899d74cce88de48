import type { FeatureTexts } from '../../i18n/texts';

/** The texts of key tasks. */
const texts: FeatureTexts = {
  resources: {
    keyTasks: {
      name: ['重点任务', 'Key task |||| Key tasks'],
      fields: {
        code: ['编码', 'Code'],
        title: ['标题', 'Title'],
        starCode: ['星类型', 'Star'],
        starType: ['星类型', 'Star'],
        category: ['支部类别', 'Branch category'],
        edition: ['标准版本（年度）', 'Edition (year)'],
        weight: ['分值', 'Weight'],
        leadDepartmentId: ['牵头部门', 'Lead department'],
        leadDepartment: ['牵头部门', 'Lead department'],
        requiredEvidence: ['佐证材料要求', 'Evidence required'],
        description: ['说明', 'Description'],
      },
    },
  },
  messages: {
    keyTasks: {
      edition_hint: ['年度，例如 2025', 'Year, e.g. 2025'],
    },
  },
};

export default texts;
