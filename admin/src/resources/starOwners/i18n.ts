import type { FeatureTexts } from '../../i18n/texts';

/** The texts of star owners. */
const texts: FeatureTexts = {
  resources: {
    starOwners: {
      name: ['包星责任人', 'Star owner |||| Star owners'],
      fields: {
        branchId: ['支部', 'Branch'],
        branch: ['支部', 'Branch'],
        starCode: ['星类型', 'Star'],
        starType: ['星类型', 'Star'],
        personId: ['包星人', 'Person'],
        person: ['包星人', 'Person'],
      },
    },
  },
  messages: {
    starOwners: {
      end: ['结束包星', 'End'],
      end_title: ['结束包星：%{name}', 'End star ownership: %{name}'],
      ended: ['已结束包星', 'Star ownership ended'],
      person_hint: ['须为该支部的支委委员或支部书记', 'Must be on the branch committee'],
      choose_branch_first: ['请先选择支部', 'Choose the branch first'],
      active: ['有效', 'Active'],
    },
  },
};

export default texts;
