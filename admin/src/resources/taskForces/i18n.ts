import type { FeatureTexts } from '../../i18n/texts';

/** The texts of task forces. */
const texts: FeatureTexts = {
  resources: {
    taskForces: {
      name: ['创星专班', 'Task force |||| Task forces'],
      fields: {
        name: ['名称', 'Name'],
        starCode: ['星类型', 'Star'],
        starType: ['星类型', 'Star'],
        leadDepartmentId: ['牵头单位', 'Lead department'],
        leadDepartment: ['牵头单位', 'Lead department'],
        leader: ['现任专班负责人', 'Current leader'],
        members: ['现任专班成员', 'Current members'],
        districtId: ['所属区县', 'District'],
        district: ['所属区县', 'District'],
      },
    },
  },
  messages: {
    taskForces: {
      members_none: ['暂无成员', 'No members'],
      positions: ['专班任职记录', 'Positions in the task force'],
    },
  },
};

export default texts;
