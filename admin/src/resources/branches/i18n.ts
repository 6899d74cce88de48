import type { FeatureTexts } from '../../i18n/texts';

/** The texts of branches. */
const texts: FeatureTexts = {
  resources: {
    branches: {
      name: ['支部', 'Branch |||| Branches'],
      fields: {
        name: ['支部名称', 'Branch name'],
        code: ['编码', 'Code'],
        category: ['类别', 'Category'],
        branchKind: ['党组织类别', 'Organization kind'],
        parentId: ['所属乡镇（街道）', 'Township'],
        township: ['所属乡镇（街道）', 'Township'],
        district: ['所属区县', 'District'],
        parent: ['上级单元', 'Parent unit'],
        level: ['层级', 'Level'],
        ancestors: ['上级单元链', 'Ancestors'],
        starLevel: ['当前星级', 'Stars held'],
        withinId: ['所属范围', 'Within'],
      },
    },
  },
  enums: {
    BranchCategory: { RURAL: ['农村', 'Rural'], COMMUNITY: ['社区', 'Community'] },
    BranchKind: {
      PARTY_BRANCH: ['党支部', 'Party branch'],
      GENERAL_BRANCH: ['党总支', 'General party branch'],
      PARTY_COMMITTEE: ['党委', 'Party committee'],
    },
  },
  messages: {
    branches: {
      tab_summary: ['概况', 'Summary'],
      tab_chain: ['责任链', 'Chain'],
      tab_committee: ['支部班子', 'Committee'],
      tab_owners: ['包星', 'Star owners'],
      tab_contacts: ['联系点', 'Contact points'],
      add_owner: ['指定包星人', 'Add a star owner'],
      add_member: ['任命班子成员', 'Appoint a member'],
    },
  },
};

export default texts;
