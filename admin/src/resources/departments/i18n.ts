import type { FeatureTexts } from '../../i18n/texts';

/** The texts of departments. */
const texts: FeatureTexts = {
  resources: {
    departments: {
      name: ['职能部门', 'Department |||| Departments'],
      fields: {
        name: ['名称', 'Name'],
        shortName: ['简称', 'Short name'],
        code: ['编码', 'Code'],
        districtId: ['所属区县', 'District'],
        district: ['所属区县', 'District'],
      },
    },
  },
};

export default texts;
