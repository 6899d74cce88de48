import type { FeatureTexts } from '../../i18n/texts';

/** The texts of star types. */
const texts: FeatureTexts = {
  resources: {
    starTypes: {
      name: ['星类型', 'Star type |||| Star types'],
      fields: {
        code: ['编码', 'Code'],
        nameZh: ['中文名称', 'Chinese name'],
        nameEn: ['英文名称', 'English name'],
        communityNameZh: ['社区使用的名称', 'Name for communities'],
        categories: ['适用类别', 'Categories'],
        category: ['适用于', 'Applies to'],
        description: ['说明', 'Description'],
      },
    },
  },
  messages: {
    starTypes: {
      categories_hint: ['至少选择一个', 'Choose at least one'],
      code_format: ['编码只能包含大写字母、数字和下划线，并以字母开头', 'Code: A–Z, 0–9 and _, starting with a letter'],
    },
  },
};

export default texts;
