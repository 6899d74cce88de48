import type { FeatureTexts } from '../../i18n/texts';

/** The texts of the unit tree. */
const texts: FeatureTexts = {
  resources: {
    units: {
      name: ['组织单元', 'Unit |||| Units'],
      fields: {
        name: ['名称', 'Name'],
        code: ['编码', 'Code'],
        level: ['层级', 'Level'],
        parentId: ['上级单元', 'Parent unit'],
        parent: ['上级单元', 'Parent unit'],
        childCount: ['下级单元', 'Child units'],
        depth: ['深度', 'Depth'],
        townshipKind: ['乡镇级单元类别', 'Township kind'],
        branchKind: ['党组织类别', 'Organization kind'],
        category: ['支部类别', 'Branch category'],
        township: ['所属乡镇（街道）', 'Township'],
        district: ['所属区县', 'District'],
        ancestors: ['上级单元链', 'Ancestors'],
        children: ['直属下级单元', 'Child units'],
      },
    },
  },
  enums: {
    UnitLevel: {
      PROVINCE: ['省', 'Province'],
      CITY: ['市', 'City'],
      DISTRICT: ['区县', 'District'],
      TOWNSHIP: ['乡镇（街道）', 'Township'],
      BRANCH: ['支部', 'Branch'],
    },
    TownshipKind: {
      TOWNSHIP: ['乡', 'Township'],
      TOWN: ['镇', 'Town'],
      SUBDISTRICT: ['街道', 'Subdistrict'],
      MANAGEMENT_COMMITTEE: ['管委会', 'Management committee'],
    },
  },
  messages: {
    units: {
      location: ['当前位置', 'Location'],
      children_of: ['%{name} 的下级单元', 'Units under %{name}'],
      open_children: ['查看下级单元', 'Open child units'],
      add_child: ['新建下级单元', 'Add a child unit'],
      open_branch: ['打开支部页面', 'Open the branch page'],
      no_children: ['没有下级单元', 'No child units'],
      scope_root: ['权限范围', 'Scope'],
      outside_scope: ['不在您的权限范围内', 'Outside your scope'],
    },
  },
};

export default texts;
